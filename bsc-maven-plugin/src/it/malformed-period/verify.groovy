// A CSV row with a malformed period fails at its row.
def log = new File(basedir, 'build.log').text
assert log.contains('src/strategy/measurements/actuals.csv:8: BSC011') : 'expected in build.log: ' + 'src/strategy/measurements/actuals.csv:8: BSC011'
return true
