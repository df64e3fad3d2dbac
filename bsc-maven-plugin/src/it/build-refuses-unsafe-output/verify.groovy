// An output directory that is the project, contains the sources, lies inside the strategy or the template directory
// (directly, or through a symbolic link, existing or not yet), or contains the template directory is refused before
// anything is written; the default target/strategy-site still builds.
def log = new File(basedir, 'build.log').text
assert log.contains('must never be replaced') : 'expected the refusal of the project and src'
assert log.count('which the build reads') == 4 : 'src/strategy/site, src/site-template/assets/site and the two linked paths are refused: ' + log.count('which the build reads')
assert log.contains('src/site-template, which must never be replaced') : 'the template directory itself is refused'
assert log.contains('(really ') : 'a path through a link is shown with its real place'
assert log.contains('contains ') && log.contains('site/theme') : 'an output containing the template directory is refused'
assert new File(basedir, 'pom.xml').exists()
assert new File(basedir, 'src/strategy/strategy.yaml').exists()
assert !new File(basedir, '.bsc-site').exists()
assert !new File(basedir, 'src/.bsc-site').exists()
assert !new File(basedir.parentFile, '.' + basedir.name + '.bsc').exists() : 'no bookkeeping written for a refused output'
assert !new File(basedir, '.src.bsc').exists() : 'no bookkeeping written for a refused output'
assert !new File(basedir, 'src/strategy/site').exists() : 'nothing is written inside the strategy'
assert !new File(basedir, 'src/strategy/new').exists() : 'nothing is written inside the strategy through the link'
assert !new File(basedir, 'src/site-template/assets/site').exists() : 'nothing is written inside the template directory'
assert !new File(basedir, 'src/site-template/.bsc-site').exists()
assert !new File(basedir, 'target/site').exists()
assert new File(basedir, 'target/strategy-site/assets/brand.css').text.contains('teal') : 'the default output still builds'
return true
