// A cycle in the drives arrows fails, reported at the first arrow of the cycle with its exact line.
def log = new File(basedir, 'build.log').text
def expected = '[ERROR] src/strategy/objectives/c1.md:6: BSC046 The drives arrows form a cycle: c1 -> f1 -> l1 -> p1 -> c1.'
assert log.contains(expected) : 'expected in build.log: ' + expected
assert log.contains('BUILD FAILURE') : 'the build must fail'
return true
