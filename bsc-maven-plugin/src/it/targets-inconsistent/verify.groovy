// Targets that contradict the polarity fail.
def log = new File(basedir, 'build.log').text
assert log.contains('src/strategy/measures/defects.yaml') : 'expected in build.log: ' + 'src/strategy/measures/defects.yaml'
assert log.contains('BSC047') : 'expected in build.log: ' + 'BSC047'
return true
