// An objective without a name fails.
def log = new File(basedir, 'build.log').text
assert log.contains('src/strategy/objectives/p1.md') : 'expected in build.log: ' + 'src/strategy/objectives/p1.md'
assert log.contains('BSC006') : 'expected in build.log: ' + 'BSC006'
return true
