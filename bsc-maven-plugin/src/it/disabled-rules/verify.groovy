// A switched-off rule reports nothing and the build passes.
def log = new File(basedir, 'build.log').text
assert log.contains('0 error(s)') : 'expected in build.log: ' + '0 error(s)'
assert !log.contains('BSC107') : 'not expected in build.log: ' + 'BSC107'
return true
