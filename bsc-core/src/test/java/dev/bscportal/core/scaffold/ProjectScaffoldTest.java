package dev.bscportal.core.scaffold;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectScaffoldTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ACME $1 Ltd", "Back\\slash \\\" \\n", "Quote \"q\" & <b>", "{0} %s %n @artifactId@",
            "Tab\tand \u0085 NEL", "Ümlaut – Ltd"})
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
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(project.resolve("pom.xml").toFile());
        assertEquals(organisation + " strategy portal", pom.getElementsByTagName("name").item(0).getTextContent());
        assertEquals("acme-strategy", pom.getElementsByTagName("artifactId").item(0).getTextContent());
        assertTrue(Files.readString(project.resolve("README.md")).startsWith("# " + organisation + " strategy"));
    }
}
