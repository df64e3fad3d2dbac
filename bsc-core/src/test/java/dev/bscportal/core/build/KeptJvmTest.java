package dev.bscportal.core.build;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which JVMs are kept between builds: the daemon of the Maven Daemon (mvnd 1.x starts it with {@code -Dmvnd.id},
 * {@code -Dmvnd.home}, {@code -Dmvnd.daemonStorage}, {@code -Dmvnd.registry}), and not mvnd's no-daemon mode (its client
 * runs the one build and ends), nor plain Maven, nor a JVM that merely names mvnd's home.
 */
class KeptJvmTest {

    private static Optional<String> reason(String... keysAndValues) {
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return KeptJvm.reason(properties::get);
    }

    @Test
    void givenTheSystemPropertiesOfAnMvndDaemon_whenAsked_thenTheJvmIsKeptAndTheReasonNamesTheDaemon() {
        Optional<String> daemon = reason("mvnd.id", "a1b2c3d4", "mvnd.home", "/opt/mvnd", "mvnd.daemonStorage",
                "/home/u/.m2/mvnd/registry/1.0.6", "mvnd.registry", "/home/u/.m2/mvnd/registry/1.0.6/registry.bin");
        assertEquals(Optional.of("the Maven Daemon (mvnd) keeps this JVM for the next builds"), daemon);
        assertTrue(reason("mvnd.id", "x").isPresent(), "the id alone is the daemon's");
        assertTrue(reason("mvnd.id", "x", "mvnd.noDaemon", "false").isPresent(), "noDaemon=false is the daemon");
    }

    @Test
    void givenMvndsNoDaemonModeInAnySpelling_whenAsked_thenTheJvmEndsWithTheBuild() {
        for (String value : new String[] {"true", "TRUE", "True", " true "}) {
            assertEquals(Optional.empty(), reason("mvnd.id", "4242-1700000000000", "mvnd.home", "/opt/mvnd",
                    "mvnd.noDaemon", value), value);
        }
    }

    @Test
    void givenPlainMavenOrOnlyMvndsHomeOrABlankId_whenAsked_thenTheJvmEndsWithTheBuild() {
        assertEquals(Optional.empty(), reason());
        assertEquals(Optional.empty(), reason("maven.home", "/usr/share/maven", "classworlds.conf", "/usr/share/maven/bin/m2.conf"));
        assertEquals(Optional.empty(), reason("mvnd.home", "/opt/mvnd"));
        assertEquals(Optional.empty(), reason("mvnd.id", ""));
        assertEquals(Optional.empty(), reason("mvnd.id", "  "));
    }
}
