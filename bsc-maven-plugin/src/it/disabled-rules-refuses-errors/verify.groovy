// An error code in disabledRules is refused with the reason: only warnings can be switched off.
def log = new File(basedir, 'build.log').text
def expected = 'disabledRules: BSC006 is an error and cannot be switched off'
assert log.contains(expected) : 'expected in build.log: ' + expected
assert log.contains('BUILD FAILURE') : 'the build must fail'
return true
