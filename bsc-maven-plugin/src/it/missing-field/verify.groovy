// An objective without a name fails, reported at the first line of its front matter.
def log = new File(basedir, 'build.log').text
def expected = "[ERROR] src/strategy/objectives/p1.md:2: BSC006 an objective needs 'name'."
assert log.contains(expected) : 'expected in build.log: ' + expected
assert log.contains('BUILD FAILURE') : 'the build must fail'
return true
