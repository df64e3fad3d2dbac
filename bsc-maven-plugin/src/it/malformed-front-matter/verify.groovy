// An objective without a closing front-matter line fails.
def log = new File(basedir, 'build.log').text
assert log.contains('src/strategy/objectives/c1.md:1: BSC002') : 'expected in build.log: ' + 'src/strategy/objectives/c1.md:1: BSC002'
return true
