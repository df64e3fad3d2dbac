// Failing builds (a strategy error, then a broken template override) leave the published site untouched.
def site = new File(basedir, 'target/strategy-site')
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/.strategy-site.bsc/owner').exists() : 'the first build published the site'
def index = new File(site, 'index.html').getText('UTF-8')
assert index.contains('<h1>Acme Test Ltd</h1>') : 'the published home page is still the first build\'s'
assert new File(site, 'objectives/c1.html').exists()
def leftovers = new File(basedir, 'target').list().findAll { it.startsWith('.strategy-site.') && !it.endsWith('.lock') && !it.endsWith('.bsc') }
assert leftovers.isEmpty() : 'staging directories left behind: ' + leftovers
assert log.contains('home.ftlh') : 'the template error names the template'
assert log.contains('is unchanged') : 'the log says the previous site is unchanged'
return true
