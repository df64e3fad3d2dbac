// Targets that contradict the polarity fail, reported at the target's line.
def log = new File(basedir, 'build.log').text
def expected = '[ERROR] src/strategy/measures/defects.yaml:7: BSC047 Measure defects (lower-is-better): threshold 1 is not above target 5.'
assert log.contains(expected) : 'expected in build.log: ' + expected
assert log.contains('BUILD FAILURE') : 'the build must fail'
return true
