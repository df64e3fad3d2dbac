// The scaffold is a complete project: it builds a site with no error and no warning, and init never overwrites.
// The organisation's name is hostile (hostile.properties): it reaches the POM, strategy.yaml and the site exactly.
def generated = new File(basedir, 'generated')
['pom.xml', '.gitignore', '.github/workflows/strategy-site.yml', '.vscode/settings.json', '.bsc/schema/measure.schema.json',
 'src/strategy/strategy.yaml', 'src/strategy/okrs/2026-Q4.yaml', 'src/strategy/reviews/2026-Q3.md',
 'src/strategy/units/sales/objectives/win-deals.md'].each {
    assert new File(generated, it).exists() : 'scaffold lacks ' + it
}
def site = new File(generated, 'target/strategy-site')
def name = 'AT&T "Q" <Ltd> \\ #1: x'
assert new File(site, 'index.html').text.contains('AT&amp;T &quot;Q&quot; &lt;Ltd&gt; \\ #1: x') : 'the exact name, escaped, in the site'
assert new File(site, 'units/sales/objectives/win-deals.html').exists()
// the folder the workflow's cache step restores is the one the build keeps its books in
def workflow = new File(generated, '.github/workflows/strategy-site.yml').text
def cached = (workflow =~ /(?m)^\s+path: (target\/bsc-[a-z-]+)\s*$/).collect { it[1] }
assert cached == ['target/bsc-books'] : 'cache paths ' + cached
cached.each { assert new File(generated, it).isDirectory() && new File(generated, it).list().length > 0 : it + ' was not written by the build' }
assert new File(site, 'briefing-book.pdf').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('0 error(s), 0 warning(s)') : 'the scaffold strategy is clean'
assert log.contains('Building ' + name + ' strategy portal') : 'Maven reads the exact name from the POM'
assert log.contains('already exists and is not empty')
return true
