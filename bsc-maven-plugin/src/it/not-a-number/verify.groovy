// A value that is not a number fails at its line.
def log = new File(basedir, 'build.log').text
assert log.contains('src/strategy/measures/revenue.yaml:8: BSC008') : 'expected in build.log: ' + 'src/strategy/measures/revenue.yaml:8: BSC008'
return true
