package dev.bscportal.core.scaffold;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bsc:init with hostile names: every file it writes reads back with exactly the name given, in its own syntax. */
class ProjectScaffoldTest {

    @TempDir
    Path dir;

    static Stream<String> hostileOrganisations() {
        return Stream.of("AT&T", "O'Brien \"Q\" <Ltd>", "C:\\path\\", "${env.HOME}", "${project.name} & Co", "]]>",
                "<![CDATA[x]]>", "Nordwind 🚀 Sensorik", "#1 company", "key: value", "- item", "first line\nsecond line",
                "&amp; &#65; &unknown;", "@artifactId@ @organisation@", "'single' \"double\" `back`", "*bold* _it_ [link](javascript:x)",
                "<script>alert(1)</script>", "Müller & Söhne GmbH", "trailing backslash \\", "!!python/object:os.system",
                "{ \"a\": 1 }", "% %25 $$ $ {x}", "yes", "null", "0x1F", "~");
    }

    private static ProjectScaffold.Settings settings(String organisation) {
        return new ProjectScaffold.Settings("com.example", "acme-strategy", organisation, "0.1.0");
    }

    /** The POM's name as Maven reads it: XML parsed, then the bsc.dollar property interpolated. */
    private static String pomName(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(pom.toFile());
        String name = document.getElementsByTagName("name").item(0).getTextContent();
        if (name.contains("${bsc.dollar}")) {
            assertEquals("$", document.getElementsByTagName("bsc.dollar").item(0).getTextContent(), "the dollar property is declared");
        }
        return name.replace("${bsc.dollar}", "$");
    }

    @ParameterizedTest
    @MethodSource("hostileOrganisations")
    void givenAHostileOrganisationNameWhenAProjectIsCreatedThenEveryFileReadsBackTheExactName(String organisation) throws Exception {
        Path project = dir.resolve("p");

        ProjectScaffold.write(project, settings(organisation));

        assertEquals(organisation + " strategy portal", pomName(project.resolve("pom.xml")));
        String pomText = Files.readString(project.resolve("pom.xml"));
        assertFalse(pomText.replace("${bsc.dollar}", "").contains("${"), "no Maven expression left for Maven to resolve");
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(project.resolve("src/strategy"));
        assertEquals(List.of(), checked.errors(), "the new strategy validates without error");
        assertEquals(organisation, checked.strategy().orElseThrow().company().info().name());
        for (String json : List.of(".vscode/settings.json", ".vscode/extensions.json")) {
            try (JsonParser parser = new JsonFactory().createParser(project.resolve(json).toFile())) {
                while (parser.nextToken() != null) {
                    // reads the whole file: it is valid JSON
                }
            }
        }
        String readme = Files.readString(project.resolve("README.md"));
        assertFalse(readme.lines().findFirst().orElseThrow().contains("<script>"), "no raw HTML in the README heading");
        assertTrue(readme.startsWith("# "), "the heading is one line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACME $1 Ltd", "Back\\slash \\\" \\n", "Quote \"q\" & <b>", "{0} %s %n @artifactId@",
            "Tab\tand – Ltd", "Ümlaut – Ltd"})
    void anOrganisationNameWithSpecialCharactersGivesAProjectThatValidatesAndKeepsTheNameLiterally(String organisation)
            throws Exception {
        // given an organisation name holding YAML, XML, regex and format specials
        Path project = dir.resolve("p");

        // when a new project is written
        ProjectScaffold.write(project, new ProjectScaffold.Settings("com.example", "acme-strategy", organisation, "1.0"));

        // then its strategy validates and has the name as given
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(project.resolve("src/strategy"));
        assertTrue(checked.errors().isEmpty(), checked.problems().toString());
        assertEquals(organisation, checked.strategy().orElseThrow().company().info().name());
        // and the pom is well-formed XML holding the name, the artifactId untouched
        assertEquals(organisation + " strategy portal", pomName(project.resolve("pom.xml")));
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(project.resolve("pom.xml").toFile());
        assertEquals("acme-strategy", pom.getElementsByTagName("artifactId").item(0).getTextContent());
    }

    @Test
    void givenAHostileNameWhenTheWorkflowIsWrittenThenItIsTheTemplateUnchanged() throws Exception {
        ProjectScaffold.write(dir.resolve("p"), settings("${{ github.token }} \"x\": y"));

        String workflow = Files.readString(dir.resolve("p/.github/workflows/strategy-site.yml"));
        assertFalse(workflow.contains("github.token"), "no user text reaches the workflow");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "bell\u0007", "escape\u001b[31m", "nul\u0000", "rtl\u202eoverride",
            "carriage\rreturn", "next line \u0085 (NEL)"})
    void givenAnEmptyNameOrControlCharactersWhenAProjectIsCreatedThenItIsRefusedAndNothingIsWritten(String organisation) {
        ScaffoldException e = assertThrows(ScaffoldException.class, () -> ProjectScaffold.write(dir.resolve("p"), settings(organisation)));

        assertTrue(e.getMessage().startsWith("bsc.init.organisation "), e.getMessage());
        assertTrue(e.getMessage().contains("e.g. -Dbsc.init.organisation=\"ACME Ltd\""), e.getMessage());
        assertFalse(e.getMessage().chars().anyMatch(c -> c < 0x20 && c != '\n'), "no control character in the message");
        assertFalse(Files.exists(dir.resolve("p")), "nothing written");
    }

    @Test
    void givenABidiOverrideInTheOrganisationWhenRefusedThenTheMessageShowsItAsACodePoint() {
        ScaffoldException e = assertThrows(ScaffoldException.class, () -> ProjectScaffold.write(dir.resolve("p"), settings("rtl\u202eoverride")));

        assertTrue(e.getMessage().contains("'rtl<U+202E>override'"), e.getMessage());
    }

    @Test
    void givenAnOverlongNameWhenAProjectIsCreatedThenItIsRefused() {
        assertThrows(ScaffoldException.class, () -> ProjectScaffold.write(dir.resolve("p"), settings("x".repeat(201))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc", "..", ".", "/tmp/x", "a/b", "a\\b", "acme strategy", "acme<x>", "acme&x", "", "${x}", "ac:me",
            "CON", "con", "Nul", "aux.strategy", "com1", "LPT9", "-x", "--help", ".hidden", "_x", "acme.", "a..b", "strategie-ü",
            "стратегия", "acme\u00a0x", "acme\tx", "acme\nx"})
    void givenAnArtifactIdThatIsNotAMavenIdWhenAProjectIsCreatedThenItIsRefusedBeforeAnyDirectoryIsChosen(String artifactId) {
        ProjectScaffold.Settings bad = new ProjectScaffold.Settings("com.example", artifactId, "ACME", "0.1.0");

        ScaffoldException e = assertThrows(ScaffoldException.class, () -> ProjectScaffold.targetDirectory(Optional.empty(), dir, bad));

        assertTrue(e.getMessage().startsWith("bsc.init.artifactId "), e.getMessage());
        assertTrue(e.getMessage().contains("e.g. -Dbsc.init.artifactId=acme-strategy"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "com example", "com/example", "<x>", "", "..", "com.con", "prn", "-com.example",
            "com..example", "com.example.", "com.exämple"})
    void givenAGroupIdThatIsNotAMavenIdWhenAProjectIsCreatedThenItIsRefused(String groupId) {
        ProjectScaffold.Settings bad = new ProjectScaffold.Settings(groupId, "acme", "ACME", "0.1.0");

        ScaffoldException e = assertThrows(ScaffoldException.class, () -> ProjectScaffold.write(dir.resolve("p"), bad));

        assertTrue(e.getMessage().startsWith("bsc.init.groupId "), e.getMessage());
        assertFalse(Files.exists(dir.resolve("p")));
    }

    @Test
    void givenAnOverlongArtifactIdWhenAProjectIsCreatedThenItIsRefused() {
        ProjectScaffold.Settings bad = new ProjectScaffold.Settings("com.example", "a".repeat(101), "ACME", "0.1.0");
        ScaffoldException e = assertThrows(ScaffoldException.class, () -> ProjectScaffold.targetDirectory(Optional.empty(), dir, bad));
        assertTrue(e.getMessage().contains("101 characters long"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-strategy", "acme_strategy", "Acme.Strategy2", "console", "con-strategy", "com10", "a", "9lives"})
    void givenAnArtifactIdThatIsAMavenIdAndAFolderNameEverywhereWhenCheckedThenItIsAccepted(String artifactId) throws Exception {
        ProjectScaffold.Settings ok = new ProjectScaffold.Settings("com.example", artifactId, "ACME", "0.1.0");
        assertEquals(dir.resolve(artifactId), ProjectScaffold.targetDirectory(Optional.empty(), dir, ok));
    }

    @Test
    void givenNoDirectoryWhenTheTargetIsChosenThenItIsTheArtifactIdInTheWorkingDirectory() throws Exception {
        assertEquals(dir.resolve("acme-strategy"), ProjectScaffold.targetDirectory(Optional.empty(), dir, settings("ACME")));
        assertEquals(dir.resolve("elsewhere/x"), ProjectScaffold.targetDirectory(Optional.of(Path.of("elsewhere/x")), dir, settings("ACME")));
        assertEquals(Path.of("/srv/strategy"), ProjectScaffold.targetDirectory(Optional.of(Path.of("/srv/strategy")), dir, settings("ACME")),
                "an absolute directory the user names is taken as meant");
    }

    @Test
    void givenAValueThatSpellsAPlaceholderWhenFilledThenItIsNotReplacedAgain() {
        String filled = ProjectScaffold.fill("<name>@organisation@</name><id>@artifactId@</id>", FileKind.XML,
                Map.of("organisation", "@artifactId@", "artifactId", "acme"));

        assertEquals("<name>@artifactId@</name><id>acme</id>", filled);
    }
}
