// A template directory with links to a CI secret beside the project, the build's environment, the password file
// and a folder outside, and a FIFO where a template belongs (git holds links; a FIFO comes from a careless script).
import java.nio.file.*
def base = basedir.toPath()
Files.createDirectories(base.resolve('src/clean-template/assets'))
Files.writeString(base.resolve('src/clean-template/assets/brand.css'), '.brand { color: teal; }\n')
def secret = base.resolve('secret.txt')
Files.writeString(secret, 'CI_DEPLOY_TOKEN=ghp_s3cr3t-it-41d2\n')
Files.createDirectories(base.resolve('outside'))
Files.writeString(base.resolve('outside/token.css'), 'CI_DEPLOY_TOKEN=ghp_s3cr3t-it-41d2\n')
def t = base.resolve('src/site-template')
Files.createDirectories(t.resolve('assets'))
Files.createDirectories(t.resolve('templates'))
Files.createSymbolicLink(t.resolve('assets/token.txt'), secret)
Files.createSymbolicLink(t.resolve('assets/env.txt'), Paths.get('/proc/self/environ'))
Files.createSymbolicLink(t.resolve('assets/passwd.txt'), Paths.get('/etc/passwd'))
Files.createSymbolicLink(t.resolve('assets/theme'), base.resolve('outside'))
def fifo = new ProcessBuilder('mkfifo', t.resolve('templates/home.ftlh').toString()).inheritIO().start().waitFor()
if (fifo != 0) {
    // without mkfifo the FIFO variant is left out (the links are still checked); under CI it must be there
    assert System.getenv('CI') != 'true' : 'mkfifo is missing (apt-get install coreutils)'
    println 'SKIPPED: mkfifo is not installed: the FIFO variant is left out'
}
return true
