// A misspelt key fails with a did-you-mean hint.
def log = new File(basedir, 'build.log').text
assert log.contains('src/strategy/measures/defects.yaml:6: BSC005') : 'expected in build.log: ' + 'src/strategy/measures/defects.yaml:6: BSC005'
assert log.contains('threshold') : 'expected in build.log: ' + 'threshold'
return true
