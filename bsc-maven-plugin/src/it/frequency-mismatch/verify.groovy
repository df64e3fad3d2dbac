// A quarterly value for a monthly measure fails.
def log = new File(basedir, 'build.log').text
assert log.contains('src/strategy/measurements/actuals.csv:8: BSC049') : 'expected in build.log: ' + 'src/strategy/measurements/actuals.csv:8: BSC049'
return true
