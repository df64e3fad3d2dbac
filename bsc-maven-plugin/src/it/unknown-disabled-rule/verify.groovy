// A misspelt rule code in the configuration fails with a clear message.
def log = new File(basedir, 'build.log').text
assert log.contains("unknown rule code 'BSC9999'") : 'expected in build.log: ' + "unknown rule code 'BSC9999'"
return true
