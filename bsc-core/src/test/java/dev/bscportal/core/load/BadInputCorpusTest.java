package dev.bscportal.core.load;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.Severity;
import dev.bscportal.core.testing.SpecialFiles;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every case under src/test/resources/bad/ is the valid base strategy with a few files replaced. The whole
 * engine runs on it; the errors must be exactly the lines of expected.txt ("CODE file:line"), expected
 * warnings must be among the warnings, and nothing but the project's own problem report may come out.
 */
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/bad");
    /** Update when adding a case. */
    static final int EXPECTED_CASES = 129;

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> eachCaseReportsExactlyItsProblems() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            cases = dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("_")).sorted().toList();
        }
        // the exact count, so a case that stops being found (renamed, filtered out) fails here
        assertEquals(EXPECTED_CASES, cases.size(), "cases found under " + CORPUS);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private void check(Path caseDir) throws IOException {
        Path strategy = assemble(caseDir, work.resolve(caseDir.getFileName().toString()));
        CheckResult result;
        try {
            result = StrategyDir.empty(strategy).check();
        } catch (RuntimeException | Error e) {
            fail(caseDir.getFileName() + " threw " + e, e);
            return;
        }
        List<String> expected = Files.readAllLines(caseDir.resolve("expected.txt")).stream().filter(l -> !l.isBlank()).toList();
        Set<String> expectedErrors = new TreeSet<>();
        Set<String> expectedWarnings = new TreeSet<>();
        for (String line : expected) {
            boolean warning = dev.bscportal.core.problem.ProblemCode.byCode(line.substring(0, 6)).orElseThrow()
                    .defaultSeverity() == Severity.WARNING;
            (warning ? expectedWarnings : expectedErrors).add(line);
        }
        Set<String> errors = new TreeSet<>();
        Set<String> warnings = new TreeSet<>();
        for (Problem p : result.problems()) {
            (p.isError() ? errors : warnings).add(StrategyDir.line(p));
        }
        assertEquals(expectedErrors, errors, caseDir.getFileName() + ": " + result.problems());
        assertTrue(warnings.containsAll(expectedWarnings), caseDir.getFileName() + ": " + warnings);
        for (Problem p : result.problems()) {
            assertTrue(!p.message().isBlank() && !p.hint().isBlank(), "every problem says what and how to fix: " + p);
        }
    }

    /** Copies the base strategy, removes the files in delete.txt and lays the case's files over it. */
    static Path assemble(Path caseDir, Path target) throws IOException {
        copy(CORPUS.resolve("_base"), target, Set.of("README.md"));
        Path deletions = caseDir.resolve("delete.txt");
        if (Files.exists(deletions)) {
            for (String line : Files.readAllLines(deletions)) {
                if (!line.isBlank()) {
                    Files.delete(target.resolve(line.trim()));
                }
            }
        }
        copy(caseDir, target, Set.of("expected.txt", "delete.txt", "fs.txt"));
        Path special = caseDir.resolve("fs.txt");
        if (Files.exists(special)) {
            for (String line : Files.readAllLines(special)) {
                if (!line.isBlank()) {
                    makeSpecial(target, line.trim().split(" ", 3));
                }
            }
        }
        return target;
    }

    /**
     * What git cannot hold, from a line of fs.txt: {@code link PATH TARGET} (a symbolic link; a target starting
     * with {@code @/} lies in a folder beside the strategy), {@code outside PATH TEXT} (a file in that folder),
     * {@code fifo PATH} (a named pipe, made with mkfifo), {@code dir PATH} (an empty folder).
     */
    private static void makeSpecial(Path strategy, String[] words) throws IOException {
        Path outside = strategy.resolveSibling(strategy.getFileName() + "-outside");
        Path path = strategy.resolve(words[1]);
        switch (words[0]) {
            case "link" -> {
                Path linkTarget = words[2].startsWith("@/") ? outside.resolve(words[2].substring(2)) : Path.of(words[2]);
                if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(path); // a folder the base has, emptied by delete.txt, replaced by the link
                }
                SpecialFiles.link(path, linkTarget);
            }
            case "outside" -> {
                Path file = outside.resolve(words[1]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, words[2].replace("\\n", "\n"));
            }
            case "fifo" -> {
                SpecialFiles.fifo(path);
            }
            case "dir" -> Files.createDirectories(path);
            default -> throw new IllegalArgumentException("fs.txt: unknown line " + String.join(" ", words));
        }
    }

    private static void copy(Path from, Path to, Set<String> skip) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                Path rel = from.relativize(f);
                if (rel.getNameCount() == 1 && skip.contains(rel.toString())) {
                    continue;
                }
                Path dest = to.resolve(rel.toString());
                Files.createDirectories(dest.getParent());
                Files.copy(f, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBySizeWithoutReadingIt() throws IOException {
        Path strategy = assemble(CORPUS.resolve("_base"), work.resolve("huge"));
        try (RandomAccessFile huge = new RandomAccessFile(strategy.resolve("measures/huge.yaml").toFile(), "rw")) {
            huge.write("name: Huge\n".getBytes(StandardCharsets.UTF_8));
            huge.setLength(50L * 1024 * 1024);
        }
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();

        List<String> lines = StrategyDir.empty(strategy).problemLines();

        long after = rt.totalMemory() - rt.freeMemory();
        assertEquals(List.of("BSC013 measures/huge.yaml:0"), lines.stream().filter(l -> l.startsWith("BSC0")).toList());
        assertTrue(after - before < 40L * 1024 * 1024, "memory grew by " + (after - before) / 1024 / 1024 + " MiB");
    }

    @Test
    void aSymbolicLinkPointingOutsideTheStrategyIsRefused() throws IOException {
        Path strategy = assemble(CORPUS.resolve("_base"), work.resolve("link"));
        Path secret = Files.writeString(work.resolve("secret.yaml"), "name: Secret\nobjective: c1\ntarget: 1\n");
        try {
            Files.createSymbolicLink(strategy.resolve("measures/secret.yaml"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("this file system has no symbolic links");
        }

        List<String> lines = StrategyDir.empty(strategy).problemLines();

        assertTrue(lines.contains("BSC018 measures/secret.yaml:0"), lines.toString());
        assertTrue(StrategyDir.empty(strategy).check().strategy().orElseThrow().company().measure("secret").isEmpty(),
                "the linked file is not read");
    }

    @Test
    void theCorpusBaseIsValid() throws IOException {
        Path strategy = assemble(CORPUS.resolve("_base"), work.resolve("base"));

        assertEquals(List.of(), StrategyDir.empty(strategy).problemLines());
    }

    static List<Path> sorted(List<Path> paths) {
        List<Path> copy = new ArrayList<>(paths);
        copy.sort(Comparator.naturalOrder());
        return copy;
    }
}
