// A CSV row for an unknown measure fails at its row.
def log = new File(basedir, 'build.log').text
assert log.contains('src/strategy/measurements/actuals.csv:8: BSC048') : 'expected in build.log: ' + 'src/strategy/measurements/actuals.csv:8: BSC048'
return true
