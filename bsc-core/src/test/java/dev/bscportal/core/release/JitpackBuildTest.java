package dev.bscportal.core.release;

import dev.bscportal.core.testing.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JitPack builds a release tag with jitpack.yml: on JDK 17, with this repository's wrapper, without tests, and with
 * the plugin recording that the projects it creates take it from JitPack. (JitPack itself cannot be reached from the
 * build machine; the same command was run here from a clean clone, see docs/releasing.md.)
 */
class JitpackBuildTest {

    @Test
    void givenJitpackYmlWhenReadThenItBuildsOnJdk17WithTheWrapperWithoutTestsAndMarksTheJarAsJitpacks() throws Exception {
        Path root = RepositoryRoot.find();
        Map<String, Object> jitpack = new Yaml().load(Files.readString(root.resolve("jitpack.yml")));

        assertEquals(List.of("openjdk17"), jitpack.get("jdk"));
        @SuppressWarnings("unchecked")
        List<String> install = (List<String>) jitpack.get("install");
        assertEquals(1, install.size(), install.toString());
        List<String> words = List.of(install.get(0).split("\\s+"));
        assertEquals("./mvnw", words.get(0));
        assertTrue(words.contains("install") && words.contains("-DskipTests"), words.toString());
        assertTrue(words.contains("-Dbsc.init.defaultPluginSource=jitpack"), words.toString());
        assertTrue(Files.isExecutable(root.resolve("mvnw")), "the wrapper JitPack runs is executable");
    }
}
