// Given a site built from a strategy, when one measurement is edited and the site rebuilt into the same folder,
// then the unchanged pages are kept and the result is byte for byte what a full build of the edit writes.
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
return true
