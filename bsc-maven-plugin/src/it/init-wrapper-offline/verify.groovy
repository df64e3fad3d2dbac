// A project written by bsc:init names a released plugin (never a SNAPSHOT) and builds with nothing but its own
// ./mvnw: offline (-o), against the invoker's local repository where the plugin under test is installed. The wrapper
// takes Maven from its cache (MAVEN_USER_HOME, default ~/.m2/wrapper) and downloads it there on its first run.
import org.jsoup.Jsoup
import org.jsoup.parser.Parser

def plugin = { File project ->
    def pom = Jsoup.parse(new File(project, 'pom.xml').text, '', Parser.xmlParser())
    pom.select('project > build > plugins > plugin').find { it.selectFirst('> artifactId').text() == 'bsc-maven-plugin' }
}
def log = new File(basedir, 'build.log').text
assert log.contains('is a development build') : 'a SNAPSHOT plugin version is refused'
assert !new File(basedir, 'snapshot').exists() : 'nothing is written for a refused version'

['central', 'source'].each { route ->
    def project = new File(basedir, route)
    def coordinates = plugin(project)
    assert coordinates.selectFirst('> groupId').text() == 'dev.bscportal'
    def version = coordinates.selectFirst('> version').text()
    assert version ==~ /\d+\.\d+\.\d+/ : 'a release version: ' + version
    assert new File(project, 'mvnw').canExecute() : 'mvnw is executable'

    // the invoker's repository records what it fetched under its own repository id; without that record (another
    // tracking file name) Maven 3.9 takes every file there as available, as it would from a company's cache
    def command = ['./mvnw', '-B', '-ntp', '-o', '-Daether.enhancedLocalRepository.trackingFilename=bsc-it-none',
                   '-Dmaven.repo.local=' + localRepositoryPath, 'package']
    def process = new ProcessBuilder(command).directory(project).redirectErrorStream(true).start()
    def output = process.inputStream.text
    new File(basedir, route + '-mvnw.log').text = output
    assert process.waitFor() == 0 : route + ': ./mvnw -o package failed:\n' + output
    assert output.contains('BUILD SUCCESS') : output
    assert output.contains('0 error(s), 0 warning(s)') : output
    assert new File(project, 'target/strategy-site/index.html').exists()
}
def workflow = new File(basedir, 'source/.github/workflows/strategy-site.yml').text
assert workflow.contains('repository: acme-corp/bsc-fork')
assert workflow.contains('ref: v' + plugin(new File(basedir, 'source')).selectFirst('> version').text())
return true
