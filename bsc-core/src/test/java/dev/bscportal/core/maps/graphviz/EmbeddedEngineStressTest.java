package dev.bscportal.core.maps.graphviz;

import com.dylibso.chicory.runtime.OpcodeImpl;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.management.ObjectName;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded engine under the load the site renderer gives it, in a fresh JVM (where the JIT compiles the module
 * while it runs): many layouts on several threads, no retry, every SVG checked. Kept short for CI; bench/map-stress
 * runs the same program longer in many JVMs (figures in docs/maps.md).
 */
class EmbeddedEngineStressTest {

    private static final int THREADS = 3;
    private static final int ROUNDS = 40;

    @Test
    void givenAFreshJvm_whenTheExampleMapsAreLaidOutManyTimesOnSeveralThreadsWithoutRetry_thenNoneFailsAndAllAreExact() throws Exception {
        // when a fresh JVM lays out the example's five maps 120 times on three threads, without the engine's retry
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process forked = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                StressLayouts.class.getName(), String.valueOf(THREADS), String.valueOf(ROUNDS)).redirectErrorStream(true).start();
        String out;
        try (InputStream in = forked.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(forked.waitFor(600, TimeUnit.SECONDS), "the forked JVM did not end");

        // then every layout succeeded with the bytes @viz-js/viz gives, and the JIT directive was in force
        assertEquals(0, forked.exitValue(), out);
        String summary = out.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(summary.startsWith("layouts " + THREADS * ROUNDS + " failures 0 wrong 0 c2 "), out);
        String expectedNote = C2Workaround.affected(Runtime.version().feature()) ? "C2 directive installed" : "not needed";
        assertTrue(summary.contains(expectedNote), out);
    }

    @Test
    void givenJava17OrOlder_whenTheEngineLoadsItsModule_thenC2MayNotInlineAnyUnsignedComparisonIntoIt() throws Exception {
        // given the engine's module loaded in this JVM
        new EmbeddedEngine().module();
        C2Workaround.Status status = C2Workaround.status();
        if (!C2Workaround.affected(Runtime.version().feature())) {
            assertTrue(status.safe() && status.note().startsWith("not needed"), status.note());
            return;
        }
        // then the JVM's directive stack holds ours, refusing each unsigned comparison to C1 and C2 alike
        assertTrue(status.safe(), status.note());
        String printed = String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
        assertTrue(printed.contains("matching: com/dylibso/chicory/*.*, dev/bscportal/core/maps/graphviz/VizGraphvizModule*.*"),
                printed);
        for (String method : C2Workaround.UNSIGNED_COMPARISONS) {
            assertTrue(printed.contains("-com/dylibso/chicory/runtime/OpcodeImpl." + method), method + " in " + printed);
        }
    }

    @Test
    void everyComparisonTheDirectiveNamesExistsInChicorysRuntime() throws Exception {
        // a Chicory upgrade that renamed them would leave the directive matching nothing
        for (String method : C2Workaround.UNSIGNED_COMPARISONS) {
            Class<?> operand = method.startsWith("I64") ? long.class : int.class;
            assertEquals(int.class, OpcodeImpl.class.getMethod(method, operand, operand).getReturnType(), method);
        }
        assertFalse(C2Workaround.affected(18));
        assertTrue(C2Workaround.affected(17));
    }
}
