package dev.bscportal.core.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * While a build runs in a JVM that ends with it (bsc:build, bsc:book), HotSpot's optimising compiler (C2) is left
 * out: a compiler directive {@link #DIRECTIVE} is added through the JVM's DiagnosticCommand MBean (what
 * {@code jcmd <pid> Compiler.directives_add} does) and removed when the build ends, also when it fails. A fresh JVM
 * spends about a third of a company-size build's CPU compiling with C2 code that runs too briefly to repay it; the
 * quick compiler (C1) is enough. Measured in bench/results.md ("JVM warm-up"), described in docs/performance.md.
 * <p>
 * Not in a JVM kept between builds (the Maven Daemon, {@link KeptJvm}): there C2's code serves every later build, and
 * C1's would stay for the daemon's life.
 * <p>
 * Best effort: when the JVM has no such MBean (not HotSpot), refuses the call, or does not confirm the directive,
 * nothing changes and one debug line says why; a directive this build did not add is never removed. Never used by the
 * preview, whose long-lived JVM profits from C2. Directives only steer the JIT: the output is the same bytes.
 */
public final class QuickJit implements AutoCloseable {

    /** Every method: no C2 compilation (C1 compiles them instead, as with {@code -XX:TieredStopAtLevel=1}). */
    static final String DIRECTIVE = "[{match: [\"*.*\"], c2: {Exclude: true}}]";

    /** How HotSpot confirms an added directive ({@code "1 compiler directives added"}). */
    private static final String ADDED = " compiler directives added";

    /** The diagnostic commands of the running JVM, or a stand-in (tests). */
    interface Commands {
        /** Runs a diagnostic command ({@code compilerDirectivesAdd}, ...) and returns what it printed. */
        String run(String operation, String... arguments) throws Exception;
    }

    private final Commands commands;
    private final Consumer<String> debug;
    private final boolean added;

    private QuickJit(Commands commands, Consumer<String> debug, boolean added) {
        this.commands = commands;
        this.debug = debug;
        this.added = added;
    }

    /** Does nothing, now or at close. */
    static QuickJit off() {
        return new QuickJit((operation, arguments) -> "", line -> { }, false);
    }

    /**
     * Adds the directive to this JVM (HotSpot); on anything else, when refused, or when this JVM is kept for the builds
     * after this one (the Maven Daemon: {@link KeptJvm}, whose later builds C2's code serves), does nothing.
     */
    public static QuickJit start(Consumer<String> debug) {
        return startIn(debug, System::getProperty);
    }

    /** {@link #start(Consumer)} in a JVM with these system properties. */
    static QuickJit startIn(Consumer<String> debug, UnaryOperator<String> systemProperty) {
        Optional<String> kept = KeptJvm.reason(systemProperty);
        if (kept.isPresent()) {
            debug.accept("C2 left on: " + kept.get() + ", which C2's code serves");
            return off();
        }
        Commands commands;
        try {
            commands = DiagnosticCommands.ofThisJvm();
        } catch (Exception | LinkageError e) {
            debug.accept("C2 left on: this JVM offers no compiler directives (" + e + ")");
            return off();
        }
        return start(commands, debug);
    }

    /** Adds the directive through {@code commands}; see {@link #start(Consumer)}. */
    static QuickJit start(Commands commands, Consumer<String> debug) {
        Path file = null;
        try {
            file = Files.createTempFile("bsc-jit", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            String answer = commands.run("compilerDirectivesAdd", file.toString());
            if (answer == null || !answer.strip().endsWith(ADDED) || answer.strip().startsWith("0 ")) {
                debug.accept("C2 left on: the JVM did not add the compiler directive: " + oneLine(answer));
                return off();
            }
            debug.accept("C2 left out while this build runs (compiler directive added)");
            return new QuickJit(commands, debug, true);
        } catch (Exception | LinkageError e) {
            debug.accept("C2 left on: the compiler directive was refused (" + e + ")");
            return off();
        } finally {
            deleteQuietly(file);
        }
    }

    /** Whether the directive is in force (added by this build and not yet removed). */
    boolean added() {
        return added;
    }

    /**
     * Removes the directive this build added: HotSpot removes the top of its stack, so only when the top is such a
     * directive (another build's in the same JVM is the same); nothing when none was added.
     */
    @Override
    public void close() {
        if (!added) {
            return;
        }
        try {
            if (!isOurs(topDirective(commands.run("compilerDirectivesPrint")))) {
                debug.accept("The compiler directive was left: another one was added after it");
                return;
            }
            commands.run("compilerDirectivesRemove");
            debug.accept("C2 back on (compiler directive removed)");
        } catch (Exception | LinkageError e) {
            debug.accept("The compiler directive could not be removed (" + e + ")");
        }
    }

    /** The first directive of {@code compilerDirectivesPrint}'s answer (the top of the stack), or "". */
    static String topDirective(String printed) {
        String text = printed == null ? "" : printed;
        int start = text.indexOf("Directive:");
        if (start < 0) {
            return "";
        }
        int next = text.indexOf("Directive:", start + 1);
        return text.substring(start, next < 0 ? text.length() : next);
    }

    /** Whether a printed directive is {@link #DIRECTIVE}: not the default one, every method, C2 excluded. */
    static boolean isOurs(String directive) {
        int c2 = directive.indexOf("c2 directives:");
        return directive.startsWith("Directive:\n") && directive.contains("matching: *.*\n") && c2 > 0
                && directive.indexOf("Enable:true Exclude:true", c2) > 0;
    }

    private static String oneLine(String text) {
        return text == null ? "no answer" : text.strip().replaceAll("\\s+", " ");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file of a few bytes; the directive is already read
            }
        }
    }
}
