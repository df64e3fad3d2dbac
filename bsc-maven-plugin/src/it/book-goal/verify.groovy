// bsc:book writes only the books (company and every unit, and the public edition's), in Letter; a second run keeps
// every unchanged book, byte for byte; bsc:build with book=false publishes a site without books and without links to them.
import org.apache.pdfbox.Loader

def log = new File(basedir, 'build.log').text
def books = new File(basedir, 'target/briefing-books')
def company = new File(books, 'briefing-book.pdf')
assert company.isFile() : 'the company book'
assert new File(books, 'units/sales/briefing-book.pdf').isFile() : 'a unit book'
assert new File(basedir, 'target/briefing-books-public/briefing-book.pdf').isFile() : 'the public edition book'
assert !new File(books, 'index.html').exists() : 'bsc:book writes no site'
assert log =~ /Briefing books: (\d+) \(\1 rendered, 0 unchanged kept\)/ : 'the first run renders every book'
assert log =~ /Briefing books: (\d+) \(0 rendered, \1 unchanged kept\)/ : 'the second run keeps every unchanged book'
def doc = Loader.loadPDF(company)
try {
    assert Math.round(doc.getPage(0).mediaBox.width) == 612 && Math.round(doc.getPage(0).mediaBox.height) == 792 : 'US Letter'
    assert doc.documentCatalog.documentOutline != null : 'bookmarks'
} finally {
    doc.close()
}
def site = new File(basedir, 'target/strategy-site')
assert new File(site, 'index.html').isFile()
def pdfs = []
site.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.pdf')) pdfs << it }
assert pdfs.isEmpty() : 'book=false writes no book: ' + pdfs
assert !new File(site, 'index.html').text.contains('briefing-book.pdf') : 'and links none'
assert !log.contains('\tat ') && !log.contains('Caused by') : 'no stack trace'
return true
