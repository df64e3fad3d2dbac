package dev.bscportal.maven;

import org.eclipse.aether.artifact.DefaultArtifact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The list of the engine's libraries that bsc-core's jar carries, as the plugin reads it before adding them to its realm. */
class EngineLibrariesTest {

    @Test
    void givenBscCoresBuiltList_whenRead_thenItNamesEveryLibraryAGoalNeedsOnceWithAVersion() throws Exception {
        List<DefaultArtifact> libraries = EngineLibraries.coordinates(getClass().getClassLoader());

        Set<String> names = libraries.stream().map(a -> a.getGroupId() + ":" + a.getArtifactId()).collect(Collectors.toSet());
        assertEquals(libraries.size(), names.size(), "each library once: " + names);
        for (String needed : List.of("org.freemarker:freemarker", "com.vladsch.flexmark:flexmark", "org.eclipse.jgit:org.eclipse.jgit",
                "io.github.openhtmltopdf:openhtmltopdf-pdfbox", "org.yaml:snakeyaml", "com.fasterxml.jackson.core:jackson-databind",
                "dev.bscportal:site-template", "com.dylibso.chicory:runtime")) {
            assertTrue(names.contains(needed), needed + " is missing from " + EngineLibraries.LIST);
        }
        assertTrue(names.stream().noneMatch(n -> n.startsWith("org.junit") || n.startsWith("org.apache.maven:")),
                "no test or Maven library: " + names);
        assertTrue(libraries.stream().allMatch(a -> !a.getVersion().isBlank() && "jar".equals(a.getExtension())), libraries.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"   org.yaml:snakeyaml:jar:2.7 -- module org.yaml.snakeyaml",
            "org.yaml:snakeyaml:jar:2.7 -- module snakeyaml [auto]", "org.yaml:snakeyaml:jar:2.7 -- module snakeyaml (auto)",
            "org.yaml:snakeyaml:jar:2.7"})
    void givenALineOfDependencyList_whenParsed_thenItIsTheCoordinateWithoutTheModuleNote(String line) {
        DefaultArtifact artifact = EngineLibraries.parse(line.strip()).orElseThrow();

        assertEquals("org.yaml:snakeyaml:jar:2.7", artifact.toString());
    }

    @Test
    void givenACoordinateWithAClassifier_whenParsed_thenTheClassifierIsKept() {
        DefaultArtifact artifact = EngineLibraries.parse("com.google.inject:guice:jar:classes:5.1.0 -- module x").orElseThrow();

        assertEquals("classes", artifact.getClassifier());
        assertEquals("5.1.0", artifact.getVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "The following files have been resolved:", "none", "a:b:c", "a::jar:1", "a:b:jar:c:d:1"})
    void givenALineThatIsNoCoordinate_whenParsed_thenItIsSkipped(String line) {
        assertEquals(Optional.empty(), EngineLibraries.parse(line.strip()));
    }
}
