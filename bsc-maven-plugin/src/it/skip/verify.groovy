// bsc.skip skips the goal even for a broken strategy.
def log = new File(basedir, 'build.log').text
assert log.contains('Skipping bsc:validate (bsc.skip=true)') : 'expected in build.log: ' + 'Skipping bsc:validate (bsc.skip=true)'
return true
