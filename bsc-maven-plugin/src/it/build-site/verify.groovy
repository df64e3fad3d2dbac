// The example strategy builds into a complete, self-contained site; a second build (maps from the cache) and two
// more builds, each from an empty map cache of its own into a folder of its own, are byte-identical to the first.
import org.jsoup.Jsoup
import java.nio.file.Files

def siteA = new File(basedir, 'target/site-a')
def siteB = new File(basedir, 'target/site-b')
def coldSites = ['target/site-c', 'target/site-d'].collect { new File(basedir, it) }
def log = new File(basedir, 'build.log').text
assert log =~ /Strategy site: \d+ pages, \d+ maps/ : 'summary line missing'
assert log =~ /\d+ maps \(0 laid out, \d+ from cache\)/ : 'the second build lays out no map: they come from the cache'
assert log.contains('Strategy site is up to date') : 'a third build of the same input into the same output is skipped'
def checked = (log =~ /: 0 error\(s\), (\d+) warning\(s\)\n/)[0][1]
assert log.contains(': 0 error(s), ' + checked + ' warning(s) (unchanged since the last build)') : 'the skipped build repeats the warnings'

def filesOf = { File root ->
    def result = new TreeMap<String, File>()
    root.eachFileRecurse(groovy.io.FileType.FILES) { f -> result[root.toPath().relativize(f.toPath()).toString().replace('\\', '/')] = f }
    result
}
def a = filesOf(siteA)
def b = filesOf(siteB)
assert a.keySet() == b.keySet() : 'the two builds wrote different files: ' + (a.keySet() - b.keySet()) + ' / ' + (b.keySet() - a.keySet())
a.each { path, file -> assert Arrays.equals(file.bytes, b[path].bytes) : 'not byte-identical: ' + path }
assert (log =~ /\d+ maps \((\d+) laid out, 0 from cache\)/).size() == 3 : 'builds 1, 4 and 5 laid out every map (empty caches)'
coldSites.each { site ->
    def c = filesOf(site)
    assert a.keySet() == c.keySet() : site.name + ' wrote different files: ' + (a.keySet() - c.keySet()) + ' / ' + (c.keySet() - a.keySet())
    a.each { path, file -> assert Arrays.equals(file.bytes, c[path].bytes) : 'not byte-identical from an empty map cache: ' + site.name + '/' + path }
}

['index.html', 'scorecard.html', '404.html', '.nojekyll', 'sitemap.xml', 'search-index.js',
 'maps/strategy-map.svg', 'maps/strategy-map.dot', 'units/sales/index.html', 'assets/site.css'].each {
    assert a.containsKey(it) : 'missing ' + it
}
// the published directory is deployable as it is: nothing but the site (the build's bookkeeping lies beside it in
// target/.site-a.bsc), every directory 755 and every file 644
def hidden = a.keySet().findAll { it.split('/').any { part -> part.startsWith('.') } && it != '.nojekyll' }
assert hidden.isEmpty() : 'build bookkeeping in the published site: ' + hidden
assert new File(basedir, 'target/.site-a.bsc/fingerprint').isFile()
if (java.nio.file.FileSystems.default.supportedFileAttributeViews().contains('posix')) {
    def modes = [:]
    java.nio.file.Files.walk(siteA.toPath()).withCloseable { s -> s.each { p ->
        def mode = java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(p))
        def want = java.nio.file.Files.isDirectory(p) ? 'rwxr-xr-x' : 'rw-r--r--'
        if (mode != want) modes[siteA.toPath().relativize(p).toString()] = mode
    } }
    assert modes.isEmpty() : 'not readable by a web server running as another user: ' + modes
}
def html = a.findAll { k, v -> k.endsWith('.html') }
assert html.size() > 100 : 'expected the full site, got ' + html.size() + ' pages'

def brokenLinks = []
def pagesWithoutTitle = []
def pagesWithoutOneH1 = []
html.each { path, file ->
    def doc = Jsoup.parse(file, 'UTF-8')
    if (doc.title().isBlank()) pagesWithoutTitle << path
    if (doc.select('h1').size() != 1) pagesWithoutOneH1 << path + ' (' + doc.select('h1').size() + ')'
    def refs = doc.select('a[href]').collect { it.attr('href') } + doc.select('link[href]').collect { it.attr('href') } +
            doc.select('script[src]').collect { it.attr('src') } + doc.select('img[src]').collect { it.attr('src') } +
            doc.select('[xlink:href]').collect { it.attr('xlink:href') }
    refs.each { ref ->
        assert !(ref =~ /^(https?:)?\/\//) : path + ' links outside the site: ' + ref
        assert !ref.startsWith('/') : path + ' has a root-absolute link (breaks on a sub-path): ' + ref
        if (ref.startsWith('mailto:')) return
        def parts = ref.split('#', 2)
        def target = parts[0].isEmpty() ? file : new File(file.parentFile, parts[0].replaceAll(/\?.*$/, ''))
        if (!target.exists()) { brokenLinks << path + ' -> ' + ref; return }
        if (parts.length == 2 && !parts[1].isEmpty() && target.name.endsWith('.html')) {
            def targetDoc = target == file ? doc : Jsoup.parse(target, 'UTF-8')
            if (targetDoc.getElementById(parts[1]) == null) brokenLinks << path + ' -> ' + ref + ' (no such anchor)'
        }
    }
}
assert brokenLinks.isEmpty() : 'broken links:\n' + brokenLinks.join('\n')
assert pagesWithoutTitle.isEmpty() : 'pages without title: ' + pagesWithoutTitle
assert pagesWithoutOneH1.isEmpty() : 'pages without exactly one h1: ' + pagesWithoutOneH1

def index = a['search-index.js'].getText('UTF-8')
def indexed = (index =~ /"path":"([^"]+)"/).collect { it[1] } as Set
// a map's own page (maps/<name>.html) shows the map's drawing, whose names are found on their objectives' pages
def expected = html.keySet().findAll { !(it in ['search.html', '404.html']) && !(it =~ /(^|\/)maps\/[^\/]+\.html$/) }
assert html.keySet().count { it =~ /(^|\/)maps\/[^\/]+\.html$/ } == 7 : 'a page per map: ' + html.keySet().findAll { it.contains('maps/') }
assert (expected - indexed).isEmpty() : 'pages missing from the search index: ' + (expected - indexed)

assert a['index.html'].getText('UTF-8').contains('Build it-42') : 'build id in the footer'
return true
