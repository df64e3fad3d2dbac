// A drives arrow to an unknown objective fails.
def log = new File(basedir, 'build.log').text
assert log.contains('src/strategy/objectives/c1.md:6: BSC040') : 'expected in build.log: ' + 'src/strategy/objectives/c1.md:6: BSC040'
assert log.contains('f1') : 'expected in build.log: ' + 'f1'
return true
