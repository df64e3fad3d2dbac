// An objective in an unknown perspective fails.
def log = new File(basedir, 'build.log').text
assert log.contains('src/strategy/objectives/f1.md:3: BSC043') : 'expected in build.log: ' + 'src/strategy/objectives/f1.md:3: BSC043'
return true
