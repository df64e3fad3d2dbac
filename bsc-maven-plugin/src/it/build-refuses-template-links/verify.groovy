// Every bad entry of the template directory is named with its code; the secret, the environment and passwd are in
// no file of the published site nor in the log; the site of the first build is unchanged.
import java.nio.file.*
def log = new File(basedir, 'build.log').text
def t = 'src/site-template/'
assert log.contains(t + 'assets/token.txt: BSC028') : 'a link to a secret beside the project'
assert log.contains(t + 'assets/env.txt: BSC028') : 'a link to /proc/self/environ'
assert log.contains(t + 'assets/passwd.txt: BSC028') : 'a link to /etc/passwd'
assert log.contains(t + 'assets/theme: BSC028') : 'a link to a folder outside'
assert log.contains(t + 'templates/home.ftlh: BSC025') || log.contains('SKIPPED: mkfifo') : 'a FIFO where a template belongs'
assert log.contains("logo '../../secret.txt' must be a file under the template directory's assets/ folder") : 'a logo outside the assets'
assert log.contains('The previously published site') : 'the log says the site was kept'
assert !log.contains('ghp_s3cr3t-it-41d2') : 'the secret is not in the log'
def site = new File(basedir, 'target/strategy-site').toPath()
assert Files.readString(site.resolve('assets/brand.css')).contains('teal') : 'the first build stays published'
def leaks = []
Files.walk(site).filter { Files.isRegularFile(it) }.forEach { f ->
    def text = new String(Files.readAllBytes(f), 'ISO-8859-1')
    if (text.contains('ghp_s3cr3t-it-41d2') || text.contains('root:x:0:0') || text.contains('PATH=' + System.getenv('PATH'))) {
        leaks << f
    }
}
assert leaks.isEmpty() : 'published host data: ' + leaks
return true
