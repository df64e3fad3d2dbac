// A YAML syntax error fails the build at its line.
def log = new File(basedir, 'build.log').text
assert log.contains('src/strategy/measures/nps.yaml:3: BSC001') : 'expected in build.log: ' + 'src/strategy/measures/nps.yaml:3: BSC001'
return true
