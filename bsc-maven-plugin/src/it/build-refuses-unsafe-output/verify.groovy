// outputDirectory = the project or a folder containing the sources is refused; nothing is touched.
def log = new File(basedir, 'build.log').text
assert log.contains('must never be replaced') : 'expected the refusal message'
assert new File(basedir, 'pom.xml').exists()
assert new File(basedir, 'src/strategy/strategy.yaml').exists()
assert !new File(basedir, '.bsc-site').exists()
assert !new File(basedir, 'src/.bsc-site').exists()
assert !new File(basedir.parentFile, '.' + basedir.name + '.bsc').exists() : 'no bookkeeping written for a refused output'
assert !new File(basedir, '.src.bsc').exists() : 'no bookkeeping written for a refused output'
return true
