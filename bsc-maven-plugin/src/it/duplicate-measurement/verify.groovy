// The same measure and period twice fails at the second.
def log = new File(basedir, 'build.log').text
assert log.contains('src/strategy/measurements/actuals.csv:8: BSC020') : 'expected in build.log: ' + 'src/strategy/measurements/actuals.csv:8: BSC020'
return true
