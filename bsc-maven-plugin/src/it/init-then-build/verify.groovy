// The scaffold is a complete project: it builds a site with no error and no warning, and init never overwrites.
def generated = new File(basedir, 'generated')
['pom.xml', '.gitignore', '.github/workflows/strategy-site.yml', '.vscode/settings.json', '.bsc/schema/measure.schema.json',
 'src/strategy/strategy.yaml', 'src/strategy/okrs/2026-Q4.yaml', 'src/strategy/reviews/2026-Q3.md',
 'src/strategy/units/sales/objectives/win-deals.md'].each {
    assert new File(generated, it).exists() : 'scaffold lacks ' + it
}
def site = new File(generated, 'target/strategy-site')
assert new File(site, 'index.html').text.contains('Quux_Ltd')
assert new File(site, 'units/sales/objectives/win-deals.html').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('0 error(s), 0 warning(s)') : 'the scaffold strategy is clean'
assert log.contains('already exists and is not empty')
return true
