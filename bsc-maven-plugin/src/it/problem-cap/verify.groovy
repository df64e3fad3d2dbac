// 600 duplicate measurements: the log shows 50 of them and one summary line, the build fails, and the whole list is
// written to target/bsc-problems.txt.
def log = new File(basedir, 'build.log').text
def shown = log.readLines().findAll { it.contains('[ERROR] src/strategy/measurements/actuals.csv:') && it.contains(': BSC020 ') }
assert shown.size() == 50 : 'expected 50 BSC020 lines in build.log, got ' + shown.size()
assert log.contains('[ERROR] ... and 550 more BSC020 problems') : 'expected the summary line in build.log'
assert log.contains('BUILD FAILURE') : 'the build must still fail'
def full = new File(basedir, 'target/bsc-problems.txt')
assert full.isFile() : 'expected the full list in ' + full
def listed = full.readLines().findAll { it.contains(': BSC020 ') }
assert listed.size() == 600 : 'expected 600 BSC020 lines in bsc-problems.txt, got ' + listed.size()
return true
