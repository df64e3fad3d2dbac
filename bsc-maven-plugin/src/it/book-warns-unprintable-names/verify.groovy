// Names the book's font cannot print give BSC186 at their file and line, with the characters, when books are built
// (bsc:book); the books are still written. A build without books does not warn about the book's font.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] --- bsc-maven-plugin/)
assert log =~ /objectives\/c1\.md:2: BSC186 .*顧/ : 'the objective name with Japanese characters, at its line'
assert log =~ /measures\/nps\.yaml:1: BSC186 .*净/ : 'the measure name with Chinese characters and an emoji, at its line'
assert (log =~ /BSC186/).count == 2 : 'once per name, and not again in the build without books'
assert new File(basedir, 'target/briefing-books/briefing-book.pdf').isFile() : 'the books are still written'
assert new File(basedir, 'target/strategy-site/index.html').isFile() : 'the site without books is built'
assert !log.contains('\tat ') && !log.contains('Caused by') : 'no stack trace'
return true
