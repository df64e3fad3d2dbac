package dev.bscportal.core.maps.graphviz;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's C2 compiler, on Java 17 and older, from inlining Chicory's unsigned comparisons
 * ({@code OpcodeImpl.I32_GE_U} and the seven like it) into the compiled Graphviz module. On those JDKs C2 can fold two
 * signed comparisons (the pattern {@code Integer.compareUnsigned} inlines to) into one unsigned comparison after
 * split-if has changed the state an uncommon trap resumes from; when that trap fires, execution resumes with wrong
 * state and a comparison deep in the module gives the wrong answer (OpenJDK PR 30677, integrated 2026-04-30; found by
 * Chicory, issues dylibso/chicory#755 and #843; from Java 18 on an unrelated optimisation, JDK-8276162, hides it).
 * It needs millions of calls of warm-up, so it strikes late in a JVM and rarely: in 3 of about 12 benchmark JVMs one
 * layout ended in Graphviz's {@code exit(1)} (docs/maps.md). Chicory 1.5.1 protects only {@code memory.copy} from it.
 *
 * <p>The workaround is a compiler directive (the {@code Compiler.directives_add} diagnostic command, through the
 * platform MBean server), installed once per JVM on a background thread when the engine loads its module: C2 compiles
 * the module's hot code only after thousands of calls, long after the directive is in force. Where it cannot be
 * installed (another JVM, management disabled) the engine keeps its retry and says why.
 */
final class C2Workaround {

    /** Chicory's unsigned comparison helpers, each a {@code compareUnsigned} C2 may fold wrongly once inlined. */
    static final List<String> UNSIGNED_COMPARISONS = List.of("I32_GE_U", "I32_GT_U", "I32_LE_U", "I32_LT_U",
            "I64_GE_U", "I64_GT_U", "I64_LE_U", "I64_LT_U");

    private static final String OPCODES = "com/dylibso/chicory/runtime/OpcodeImpl.";

    /** The outcome, once per JVM: installed, not needed (Java 18+), or why it could not be installed. */
    private static final CompletableFuture<Status> STATUS = CompletableFuture.supplyAsync(C2Workaround::install,
            command -> {
                Thread thread = new Thread(command, "bsc-graphviz-c2-directive");
                thread.setDaemon(true);
                thread.start();
            });

    /** Whether the module runs safe from the miscompilation, and in a few words why (for the log). */
    record Status(boolean safe, String note) {
    }

    private C2Workaround() {
    }

    /** Starts installing the directive (once per JVM) without waiting. */
    static void start() {
        STATUS.isDone();
    }

    /** Waits for the directive to be installed; the status says whether layouts are safe from the miscompilation. */
    static Status status() {
        return STATUS.join();
    }

    /** The directive, in HotSpot's compiler-directive JSON: applies to the module's code and Chicory's runtime. */
    static String directive() {
        String inline = UNSIGNED_COMPARISONS.stream().map(m -> "\"-" + OPCODES + m + "\"").collect(Collectors.joining(", "));
        return "[{ match: [\"" + VizGraphvizModule.class.getName().replace('.', '/') + "*.*\", \"com/dylibso/chicory/*.*\"],"
                + " inline: [" + inline + "] }]\n";
    }

    static boolean affected(int javaFeatureVersion) {
        return javaFeatureVersion <= 17;
    }

    private static Status install() {
        if (!affected(Runtime.version().feature())) {
            return new Status(true, "not needed on Java " + Runtime.version().feature());
        }
        Path file = null;
        try {
            file = Files.createTempFile("bsc-graphviz-c2-", ".json");
            Files.writeString(file, directive(), StandardCharsets.UTF_8);
            Object said = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            String text = String.valueOf(said).strip();
            return text.startsWith("1 compiler directives added") ? new Status(true, "C2 directive installed")
                    : new Status(false, "the JVM refused the C2 directive: " + text);
        } catch (IOException | JMException | RuntimeException | LinkageError e) {
            return new Status(false, "the C2 directive could not be installed: " + e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind holds nothing but the directive
                }
            }
        }
    }
}
