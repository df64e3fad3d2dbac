// A valid strategy validates and the build succeeds.
def log = new File(basedir, 'build.log').text
assert log.contains('error(s)') : 'expected in build.log: ' + 'error(s)'
assert log.contains('0 error(s)') : 'expected in build.log: ' + '0 error(s)'
assert !log.contains('[ERROR]') : 'not expected in build.log: ' + '[ERROR]'
return true
