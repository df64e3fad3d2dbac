// The first build publishes books with their maps and charts drawn without any SVG engine on the plugin's class path;
// the second fails with BSC188 at the overriding template, says what to add, prints no stack trace, and the first
// build's site and books stay published.
import java.nio.file.*
def log = new File(basedir, 'build.log').text
assert log =~ /Briefing books: 3 \(3 rendered, 0 unchanged kept\)/ : 'the first build lays out every book'
assert log.contains('BSC188 ') : 'the code'
assert log.contains('src/svg-template/templates/book.ftlh: the briefing book') : 'the template it comes from'
assert log.contains('<svg class="seal">') && log.contains('element ellipse') : 'which drawing, and what in it'
assert log.contains('openhtmltopdf-svg-support') : 'what to add'
assert !log.contains('\tat ') && !log.contains('Caused by') : 'no stack trace'
def site = basedir.toPath().resolve('target/strategy-site')
assert Files.readString(site.resolve('assets/brand.css')).contains('teal') : 'the first build stays published'
assert Files.size(site.resolve('briefing-book.pdf')) > 10000 : 'with its book'
return true
