// A project without a strategy directory fails with a hint.
def log = new File(basedir, 'build.log').text
assert log.contains('BSC019') : 'expected in build.log: ' + 'BSC019'
return true
