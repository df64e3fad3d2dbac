// bookUnits: the first build writes every book (all); the second (bookUnits=sales, from the pom)
// publishes the company's and the sales unit's books only, in both editions, drops the operations book the first
// build published, and no page links a PDF that is not there; an unknown unit fails the build with BSC187, naming
// the parameter and the units there are, and leaves the published site as it was; bsc:book writes the company's
// and the listed unit's books.
import groovy.io.FileType

def log = new File(basedir, 'build.log').text
def pdfs = { File root ->
    def found = []
    root.eachFileRecurse(FileType.FILES) { if (it.name.endsWith('.pdf')) found << root.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
    found.sort()
}
def brokenPdfLinks = { File root ->
    def broken = []
    root.eachFileRecurse(FileType.FILES) { page ->
        if (page.name.endsWith('.html')) {
            (page.text =~ /href="([^"]+\.pdf)"/).each { m ->
                if (!new File(page.parentFile, m[1]).isFile()) broken << page.name + ' -> ' + m[1]
            }
        }
    }
    broken
}
assert log =~ /Briefing books: 6 \(6 rendered, 0 unchanged kept\)/ : 'the first build writes the 3 books of each of 2 editions'
assert log =~ /Briefing books: 4 \(0 rendered, 4 unchanged kept\)/ : 'the second keeps the company and sales books of both editions'
for (String edition : ['target/strategy-site', 'target/strategy-site-public']) {
    def site = new File(basedir, edition)
    assert pdfs(site) == ['briefing-book.pdf', 'units/sales/briefing-book.pdf'] : edition + ': ' + pdfs(site)
    assert brokenPdfLinks(site).isEmpty() : edition + ': ' + brokenPdfLinks(site)
    assert new File(site, 'units/sales/index.html').text.contains('briefing-book.pdf') : 'the sales home page links its book'
    assert !new File(site, 'units/operations/index.html').text.contains('briefing-book.pdf') : 'the operations home page links none'
}
def failure = log.readLines().find { it.contains('BSC187') }
assert failure != null : 'the unknown unit is reported with its code'
assert failure.contains("BSC187 bookUnits (sales,ghost): no unit 'ghost' in this strategy") : failure
assert failure.contains('operations') && failure.contains('sales') : 'the units there are: ' + failure
assert pdfs(new File(basedir, 'target/strategy-site')) == ['briefing-book.pdf', 'units/sales/briefing-book.pdf'] : 'the failed build changed nothing'
assert pdfs(new File(basedir, 'target/briefing-books')) == ['briefing-book.pdf', 'units/operations/briefing-book.pdf'] : 'bsc:book with operations'
assert !log.contains('\tat ') && !log.contains('Caused by') : 'no stack trace'
return true
