package dev.bscportal.core.scaffold;

import dev.bscportal.core.testing.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.yaml.snakeyaml.Yaml;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bsc:init names a released plugin and a route to it that a company's CI can take: Central, JitPack or source. */
class PluginSourceScaffoldTest {

    private static final String REPOSITORY = "acme-corp/bsc-maven-plugin";

    @TempDir
    Path dir;

    private Path write(PluginSource source, String version) throws Exception {
        Path project = dir.resolve(source.id());
        ProjectScaffold.write(project, new ProjectScaffold.Settings("com.acme", "acme-strategy", "ACME", version, source, REPOSITORY));
        return project;
    }

    private static Element plugin(Document pom) {
        return (Element) pom.getElementsByTagName("plugin").item(0);
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    private static Document pom(Path project) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(project.resolve("pom.xml").toFile());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Path project, String job) throws Exception {
        Map<String, Object> workflow = new Yaml().load(Files.readString(project.resolve(".github/workflows/strategy-site.yml")));
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get(job)).get("steps");
    }

    private static int indexOf(List<Map<String, Object>> steps, String name) {
        for (int i = 0; i < steps.size(); i++) {
            if (name.equals(steps.get(i).get("name"))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void givenCentralWhenAProjectIsWrittenThenItsPomAsksCentralForTheReleasedPluginAndItsWorkflowBuildsNothingElse() throws Exception {
        Path project = write(PluginSource.CENTRAL, "0.1.0");

        Document pom = pom(project);
        assertEquals("dev.bscportal", text(plugin(pom), "groupId"));
        assertEquals("0.1.0", text(plugin(pom), "version"));
        assertEquals(0, pom.getElementsByTagName("pluginRepositories").getLength());
        String workflow = Files.readString(project.resolve(".github/workflows/strategy-site.yml"));
        assertFalse(workflow.contains(".bsc-plugin"), workflow);
    }

    @Test
    void givenJitpackWhenAProjectIsWrittenThenItsPomNamesTheJitpackCoordinatesOfTheReleaseTagAndTheJitpackRepository() throws Exception {
        Path project = write(PluginSource.JITPACK, "0.1.0");

        Document pom = pom(project);
        assertEquals("com.github.acme-corp.bsc-maven-plugin", text(plugin(pom), "groupId"));
        assertEquals("bsc-maven-plugin", text(plugin(pom), "artifactId"));
        assertEquals("v0.1.0", text(plugin(pom), "version"));
        Element repository = (Element) pom.getElementsByTagName("pluginRepository").item(0);
        assertEquals("https://jitpack.io", text(repository, "url"));
        assertEquals("project", repository.getParentNode().getParentNode().getNodeName(), "a pluginRepository of the project");
    }

    @Test
    void givenSourceWhenAProjectIsWrittenThenItsWorkflowClonesThePluginAtTheReleaseTagAndInstallsItBeforeTheBuild() throws Exception {
        Path project = write(PluginSource.SOURCE, "0.1.0");

        Document pom = pom(project);
        assertEquals("dev.bscportal", text(plugin(pom), "groupId"));
        assertEquals("0.1.0", text(plugin(pom), "version"));
        List<Map<String, Object>> steps = steps(project, "build");
        int checkout = indexOf(steps, "Check out bsc-maven-plugin v0.1.0 (not on Maven Central yet)");
        int install = indexOf(steps, "Build and install bsc-maven-plugin into the runner's Maven repository");
        int build = indexOf(steps, "Validate and build the portal");
        assertTrue(checkout >= 0 && checkout < install && install < build, steps.toString());
        assertEquals(Map.of("repository", REPOSITORY, "ref", "v0.1.0", "path", ".bsc-plugin"), steps.get(checkout).get("with"));
        assertTrue(steps.get(install).get("run").toString().contains("./mvnw -B -ntp install -DskipTests"));
        assertTrue(Files.readString(project.resolve(".gitignore")).lines().anyMatch(".bsc-plugin/"::equals));
    }

    @ParameterizedTest
    @EnumSource(PluginSource.class)
    void givenAnySourceWhenAProjectIsWrittenThenItsWorkflowRunsDailyAndAPullRequestGetsThePortalAsAnArtifactWithoutDeploying(
            PluginSource source) throws Exception {
        Path project = write(source, "0.1.0");

        @SuppressWarnings("unchecked")
        Map<Object, Object> on = (Map<Object, Object>) new Yaml().<Map<String, Object>>load(
                Files.readString(project.resolve(".github/workflows/strategy-site.yml"))).get(true); // YAML 1.1 reads 'on' as true
        assertTrue(on.containsKey("schedule") && on.containsKey("pull_request") && on.containsKey("push"), on.toString());
        List<Map<String, Object>> steps = steps(project, "build");
        Map<String, Object> upload = steps.get(indexOf(steps, "Attach the portal to the pull request's run for review"));
        assertEquals("github.event_name == 'pull_request'", upload.get("if"));
        assertTrue(upload.get("uses").toString().startsWith("actions/upload-artifact@"));
        assertEquals("github.event_name != 'pull_request'", steps.get(indexOf(steps, "Hand the portal to GitHub Pages")).get("if"));
        String workflow = Files.readString(project.resolve(".github/workflows/strategy-site.yml"));
        assertTrue(workflow.contains("if: github.event_name != 'pull_request' && github.ref == 'refs/heads/main'"), "deploy never for a PR");
        assertTrue(steps.get(indexOf(steps, "Validate and build the portal")).get("run").toString().startsWith("./mvnw "));
    }

    @ParameterizedTest
    @EnumSource(PluginSource.class)
    void givenAnySourceWhenAProjectIsWrittenThenItHasTheCheckoutsMavenWrapperAndMvnwIsExecutable(PluginSource source) throws Exception {
        Path project = write(source, "0.1.0");
        Path root = RepositoryRoot.find();

        for (String file : List.of("mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties")) {
            assertArrayEquals(Files.readAllBytes(root.resolve(file)), Files.readAllBytes(project.resolve(file)),
                    file + " is this repository's wrapper (copy it into the scaffold after upgrading the wrapper)");
        }
        assertTrue(Files.getPosixFilePermissions(project.resolve("mvnw")).contains(PosixFilePermission.OWNER_EXECUTE));
        assertTrue(Files.getPosixFilePermissions(project.resolve("mvnw")).contains(PosixFilePermission.OTHERS_EXECUTE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.2.0-SNAPSHOT", "1.0-snapshot", "0.1.0-SNAPSHOT"})
    void givenADevelopmentVersionWhenAProjectIsWrittenThenItIsRefusedNamingTheParameterAndNothingIsWritten(String version) {
        for (PluginSource source : PluginSource.values()) {
            ScaffoldException e = assertThrows(ScaffoldException.class, () -> write(source, version));

            assertTrue(e.getMessage().startsWith("bsc.init.pluginVersion '" + version + "' is a development build"), e.getMessage());
            assertTrue(e.getMessage().contains("-Dbsc.init.pluginVersion=0.1.0"), e.getMessage());
            assertFalse(Files.exists(dir.resolve(source.id())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "owner", "a/b/c", "../x", "own er/x", "o/x\n", "-o/x", "o/..", "o/.", "o/x\"y", "o/${{ x }}",
            "o/x:y", "https://github.com/o/x"})
    void givenARepositoryThatIsNotOwnerSlashNameWhenAJitpackOrSourceProjectIsWrittenThenItIsRefused(String repository) {
        for (PluginSource source : List.of(PluginSource.JITPACK, PluginSource.SOURCE)) {
            ProjectScaffold.Settings settings = new ProjectScaffold.Settings("com.acme", "a", "ACME", "0.1.0", source, repository);

            ScaffoldException e = assertThrows(ScaffoldException.class, () -> ProjectScaffold.write(dir.resolve("p"), settings));

            assertTrue(e.getMessage().startsWith("bsc.init.pluginRepository "), e.getMessage());
            assertTrue(e.getMessage().contains("owner/name"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            assertFalse(Files.exists(dir.resolve("p")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"maven", "", "github", "central,jitpack", "sources", "jit pack"})
    void givenAnUnknownSourceWhenParsedThenItIsRefusedNamingTheChoices(String value) {
        ScaffoldException e = assertThrows(ScaffoldException.class, () -> PluginSource.parse(value));

        assertTrue(e.getMessage().startsWith("bsc.init.pluginSource '"), e.getMessage());
        assertTrue(e.getMessage().contains("central, jitpack, source"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"central", "JitPack", " SOURCE "})
    void givenASourceInAnyCaseWhenParsedThenItIsAccepted(String value) throws Exception {
        assertEquals(value.strip().toLowerCase(java.util.Locale.ROOT), PluginSource.parse(value).id());
    }
}
