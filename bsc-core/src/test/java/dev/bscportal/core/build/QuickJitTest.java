package dev.bscportal.core.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compiler directive that leaves C2 out while a build runs, on its own: added to this JVM (HotSpot, as the build
 * runs on) and removed at close, the top of the stack only when it is ours; and every way a JVM can refuse it
 * (no MBean, an exception, a directive it does not confirm) leaves the JIT as it was, with a debug line, and never
 * removes a directive it did not add.
 */
class QuickJitTest {

    @TempDir
    Path dir;

    /** The directives on this JVM's stack besides the default one. */
    static int directives() throws Exception {
        String printed = DiagnosticCommands.ofThisJvm().run("compilerDirectivesPrint");
        return printed.split("Directive:\n", -1).length - 1;
    }

    /** How many of this JVM's directives are {@link QuickJit#DIRECTIVE}, wherever they are on the stack. */
    static long ours() throws Exception {
        String printed = DiagnosticCommands.ofThisJvm().run("compilerDirectivesPrint");
        return java.util.Arrays.stream(printed.split("(?=Directive:)")).filter(QuickJit::isOurs).count();
    }

    @Test
    void givenThisHotSpotJvm_whenStarted_thenItsDirectiveIsOnTopWhileOpenAndGoneAfterClose() throws Exception {
        int before = directives();
        List<String> debug = new ArrayList<>();

        try (QuickJit jit = QuickJit.start(debug::add)) {
            assertTrue(jit.added(), debug.toString());
            assertEquals(before + 1, directives());
            assertEquals(1, ours());
            assertTrue(QuickJit.isOurs(QuickJit.topDirective(DiagnosticCommands.ofThisJvm().run("compilerDirectivesPrint"))));
        }

        assertEquals(before, directives());
        assertEquals(List.of("C2 left out while this build runs (compiler directive added)", "C2 back on (compiler directive removed)"), debug);
    }

    @Test
    void givenTheJvmOfAnMvndDaemon_whenStarted_thenNoDirectiveIsAddedNoneIsRemovedAndADebugLineSaysWhy() throws Exception {
        int before = directives();
        List<String> debug = new ArrayList<>();
        java.util.Map<String, String> daemon = java.util.Map.of("mvnd.id", "a1b2c3d4", "mvnd.home", "/opt/mvnd");

        try (QuickJit jit = QuickJit.startIn(debug::add, daemon::get)) {
            assertFalse(jit.added());
            assertEquals(before, directives());
        }

        assertEquals(before, directives());
        assertEquals(List.of("C2 left on: the Maven Daemon (mvnd) keeps this JVM for the next builds, which C2's code serves"), debug);
    }

    @Test
    void givenMvndsNoDaemonMode_whenStarted_thenTheDirectiveIsAddedAsInPlainMaven() throws Exception {
        int before = directives();
        List<String> debug = new ArrayList<>();
        java.util.Map<String, String> client = java.util.Map.of("mvnd.id", "4242-1700000000000", "mvnd.noDaemon", "true");

        try (QuickJit jit = QuickJit.startIn(debug::add, client::get)) {
            assertTrue(jit.added(), debug.toString());
            assertEquals(before + 1, directives());
        }

        assertEquals(before, directives());
    }

    @Test
    void givenAnotherDirectiveAddedAfterOurs_whenClosed_thenTheOtherIsNotRemovedAndOursIsLeft() throws Exception {
        int before = directives();
        List<String> debug = new ArrayList<>();
        Path other = Files.writeString(dir.resolve("other.json"), "[{match: [\"dev/bscportal/NoSuchClass.*\"], c1: {Exclude: true}}]");
        DiagnosticCommands jvm = DiagnosticCommands.ofThisJvm();
        try {
            QuickJit jit = QuickJit.start(debug::add);
            assertTrue(jvm.run("compilerDirectivesAdd", other.toString()).contains("1 compiler directives added"));

            jit.close();

            String top = QuickJit.topDirective(jvm.run("compilerDirectivesPrint"));
            assertTrue(top.contains("matching: dev/bscportal/NoSuchClass.*"), top);
            assertEquals(before + 2, directives());
            assertTrue(debug.contains("The compiler directive was left: another one was added after it"), debug.toString());
        } finally {
            while (directives() > before) {
                jvm.run("compilerDirectivesRemove");
            }
        }
    }

    @Test
    void givenAJvmThatRefusesOrDoesNotConfirm_whenStarted_thenNothingChangesADebugLineSaysWhyAndCloseRemovesNothing() {
        List<String> answers = List.of("", "0 compiler directives added\n", "Parsing of compiler directives failed\n",
                "Could not load file: x.json\n");
        for (String answer : answers) {
            List<String> calls = new ArrayList<>();
            List<String> debug = new ArrayList<>();
            QuickJit jit = QuickJit.start((operation, arguments) -> {
                calls.add(operation);
                return answer;
            }, debug::add);
            jit.close();
            assertFalse(jit.added(), answer);
            assertEquals(List.of("compilerDirectivesAdd"), calls, answer);
            assertEquals(1, debug.size(), answer);
            assertTrue(debug.get(0).startsWith("C2 left on: the JVM did not add the compiler directive"), debug.get(0));
        }
        for (Exception refusal : List.of(new SecurityException("denied"), new javax.management.InstanceNotFoundException(
                "com.sun.management:type=DiagnosticCommand"), new UnsupportedOperationException("no"))) {
            List<String> calls = new ArrayList<>();
            List<String> debug = new ArrayList<>();
            QuickJit jit = QuickJit.start((operation, arguments) -> {
                calls.add(operation);
                throw refusal;
            }, debug::add);
            jit.close();
            assertFalse(jit.added());
            assertEquals(List.of("compilerDirectivesAdd"), calls);
            assertEquals(List.of("C2 left on: the compiler directive was refused (" + refusal + ")"), debug);
        }
    }

    @Test
    void givenTheDirectiveItWrites_whenTheJvmReadsItFromAFile_thenTheFileIsDeletedAfterwards() {
        List<String> files = new ArrayList<>();
        QuickJit.start((operation, arguments) -> {
            files.add(arguments[0]);
            assertEquals(QuickJit.DIRECTIVE, Files.readString(Path.of(arguments[0])));
            return "1 compiler directives added\n";
        }, line -> { });
        assertEquals(1, files.size());
        assertFalse(Files.exists(Path.of(files.get(0))));
    }

    @Test
    void givenAPrintedStack_whenItsTopIsRead_thenOnlyOurDirectiveCountsAsOurs() {
        String ours = "\nDirective:\n matching: *.*\n c1 directives:\n  inline: -\n  Enable:false Exclude:false\n\n"
                + " c2 directives:\n  inline: -\n  Enable:true Exclude:true BreakAtExecute:false\n\n";
        String byDefault = "Directive: (default)\n matching: *.*\n c1 directives:\n  Enable:true Exclude:false\n"
                + " c2 directives:\n  Enable:true Exclude:false\n";
        String other = "\nDirective:\n matching: com/openhtmltopdf/*.*\n c1 directives:\n  Enable:false Exclude:false\n"
                + " c2 directives:\n  Enable:true Exclude:true\n";
        assertTrue(QuickJit.isOurs(QuickJit.topDirective(ours + byDefault)));
        assertFalse(QuickJit.isOurs(QuickJit.topDirective(byDefault)));
        assertFalse(QuickJit.isOurs(QuickJit.topDirective(other + ours + byDefault)));
        assertFalse(QuickJit.isOurs(QuickJit.topDirective("")));
        assertFalse(QuickJit.isOurs(QuickJit.topDirective(null)));
    }
}
