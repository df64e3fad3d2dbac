// An id that is not a safe slug fails.
def log = new File(basedir, 'build.log').text
assert log.contains('src/strategy/objectives/l1.md:2: BSC014') : 'expected in build.log: ' + 'src/strategy/objectives/l1.md:2: BSC014'
return true
