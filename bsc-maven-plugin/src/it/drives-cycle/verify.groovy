// A cycle in the drives arrows fails.
def log = new File(basedir, 'build.log').text
assert log.contains('BSC046') : 'expected in build.log: ' + 'BSC046'
assert log.contains('src/strategy/objectives/') : 'expected in build.log: ' + 'src/strategy/objectives/'
return true
