// The strategy directory and the template directory are links out of the project: each goal fails with BSC030
// naming the parameter, before anything is read or written; with both inside, the build works.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/strategy: BSC030 The sourceDirectory 'src/strategy' leads through a symbolic link") : 'expected BSC030 for sourceDirectory'
assert log.contains("[ERROR] src/site-template: BSC030 The templateDirectory 'src/site-template' leads through a symbolic link") : 'expected BSC030 for templateDirectory'
assert !log.contains('SECRET-OUTSIDE') : 'nothing of the linked folders is read'
def site = new File(basedir, 'target/strategy-site')
assert new File(site, 'index.html').isFile() : 'the third build, with both roots inside, publishes'
assert !new File(site, 'assets/secret.txt').exists()
return true
