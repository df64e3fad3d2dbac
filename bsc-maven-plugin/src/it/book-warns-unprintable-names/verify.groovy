// Names the books' fonts cannot print (emoji, Thai: neither Liberation Sans nor the CJK fallback fonts have them)
// give BSC186 at their file and line, with the characters, when books are built (bsc:book); the books are still
// written. Chinese, Japanese and Korean names print with the fallback fonts and give no warning. A build without
// books does not warn about the books' fonts.
def log = new File(basedir, 'build.log').text
def bsc186 = log.readLines().findAll { it.contains('BSC186') }
assert bsc186.any { it =~ /measures\/nps\.yaml:1: BSC186 .*U\+1F642/ } : 'the emoji in the measure name, at its line: ' + bsc186
assert !bsc186.any { it.contains('U+51C0') } : 'the Chinese beside the emoji (净) is printable: ' + bsc186
assert bsc186.any { it =~ /objectives\/p1\.md:2: BSC186 .*U\+0E2A/ } : 'the Thai objective name, at its line: ' + bsc186
assert !bsc186.any { it.contains('c1.md') } : 'the Japanese objective name prints: ' + bsc186
assert !bsc186.any { it.contains('l1.md') } : 'the Korean objective name prints: ' + bsc186
assert bsc186.size() == 2 : 'once per name, and not again in the build without books: ' + bsc186
assert new File(basedir, 'target/briefing-books/briefing-book.pdf').isFile() : 'the books are still written'
assert new File(basedir, 'target/strategy-site/index.html').isFile() : 'the site without books is built'
assert !log.contains('\tat ') && !log.contains('Caused by') : 'no stack trace'
return true
