// Given a site built from a strategy, when one measurement is edited and the site rebuilt into the same folder,
// then the unchanged pages are kept and the result is byte for byte what a full build of the edit writes, for the site
// and for its redacted edition; the bookkeeping that makes this possible lies beside each site, not in it.
def log = new File(basedir, 'build.log').text
assert log =~ /Strategy site: \d+ pages \(\d+ rendered, \d+ unchanged kept\)/ : 'the second build keeps unchanged pages'
def filesOf = { File root ->
    def result = new TreeMap<String, File>()
    root.eachFileRecurse(groovy.io.FileType.FILES) { f -> result[root.toPath().relativize(f.toPath()).toString().replace('\\', '/')] = f }
    result
}
def kept = filesOf(new File(basedir, 'target/strategy-site'))
def full = filesOf(new File(basedir, 'target/site-full'))
assert kept.keySet() == full.keySet() : 'different files: ' + (kept.keySet() - full.keySet()) + ' / ' + (full.keySet() - kept.keySet())
full.each { path, file -> assert Arrays.equals(file.bytes, kept[path].bytes) : 'not what a full build writes: ' + path }
def keptPublic = filesOf(new File(basedir, 'target/strategy-site-public'))
def fullPublic = filesOf(new File(basedir, 'target/site-full-public'))
assert keptPublic.keySet() == fullPublic.keySet() : 'different files in the edition'
fullPublic.each { path, file -> assert Arrays.equals(file.bytes, keptPublic[path].bytes) : 'edition not what a full build writes: ' + path }
['strategy-site', 'strategy-site-public', 'site-full', 'site-full-public'].each { name ->
    def site = filesOf(new File(basedir, 'target/' + name))
    def hidden = site.keySet().findAll { it.split('/').any { part -> part.startsWith('.') } && it != '.nojekyll' }
    assert hidden.isEmpty() : name + ' holds build bookkeeping: ' + hidden
    def state = new File(basedir, 'target/.' + name + '.bsc')
    ['owner', 'fingerprint', 'page-digests', 'published'].each { assert new File(state, it).isFile() : 'missing ' + state.name + '/' + it }
}
return true
