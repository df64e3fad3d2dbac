// Given a strategy with one warning, built once;
// when it is built again unchanged, and then with failOnWarnings,
// then the second build is skipped but shows the warning again, and the third checks and fails.
def log = new File(basedir, 'build.log').text
def warning = '[WARNING] src/strategy/initiatives/academy.md'
assert log.contains('Strategy site is up to date') : 'the unchanged second build is skipped'
assert log.contains('1 warning(s) (unchanged since the last build)') : 'the skipped build repeats the count of warnings'
assert log.count(warning) == 3 : 'the warning is shown by all three builds, found ' + log.count(warning)
assert log.contains('failOnWarnings') : 'the third build fails on the warning'
assert new File(basedir, 'target/strategy-site/index.html').isFile() : 'the site of the first build stays'
return true
