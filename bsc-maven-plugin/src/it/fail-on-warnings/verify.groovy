// failOnWarnings turns a best-practice warning into a failure.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/strategy/initiatives/academy.md') : 'expected in build.log: ' + '[WARNING] src/strategy/initiatives/academy.md'
assert log.contains('BSC107') : 'expected in build.log: ' + 'BSC107'
assert log.contains('failOnWarnings') : 'expected in build.log: ' + 'failOnWarnings'
return true
