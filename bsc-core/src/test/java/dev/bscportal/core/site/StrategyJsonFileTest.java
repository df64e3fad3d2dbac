package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.export.StrategyJson;
import dev.bscportal.core.export.StrategyJsonPieces;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.redact.NameMatcher;
import dev.bscportal.core.score.StrategyScores;
import dev.bscportal.core.testing.NestedUnits;
import dev.bscportal.core.testing.StrategyDir;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * strategy.json written by parts ({@link StrategyJsonFile}): a scorecard's opening whose key did not change is taken
 * from the replaced site's file, any other is written again, and the file is byte for byte what a full write gives.
 * The replaced file is not trusted: whatever was done to it (a byte changed, cut short, gone, a link or a folder in
 * its place, its record pointing elsewhere) the file written is still a full write's, and what was read from it is
 * only what still has its recorded digest.
 */
class StrategyJsonFileTest {

    private static final String CSV_ROW = "pipeline-value,2026-10,16.4,";

    @TempDir
    Path dir;

    private int round;

    @Test
    void givenOneMeasurementOfAUnitTwoLevelsDownChanged_whenWritten_thenOnlyItsOpeningAndThoseOfItsParentsAreWrittenAgain()
            throws Exception {
        // given the file of a strategy with units of units, then one measurement of sales/field changed
        Path source = NestedUnits.create(dir.resolve("strategy"));
        Written before = write(source, Optional.empty());
        replaceFirst(source.resolve("units/sales/units/field/measurements"), ",2026-10,", ",2026-10,1");

        // when it is written again from the file before
        Written after = write(source, Optional.of(before));

        // then exactly the openings whose bytes changed (field's, and its parents' where their roll-ups moved) were
        // written again, and it is a full write's file
        assertTrue(same(before, after) < before.scorecards(), "the edit changes an opening");
        assertEquals(same(before, after), after.taken());
        assertFalse(Arrays.equals(Files.readAllBytes(before.file()), Files.readAllBytes(after.file())));
        assertEquals(after.full(), Files.readString(after.file()));
    }

    @Test
    void givenNothingChanged_whenWritten_thenTheFileIsTheReplacedSitesOwn() throws Exception {
        Path source = TreeCopy.copy(NestedUnits.EXAMPLE, dir.resolve("strategy"));
        Written before = write(source, Optional.empty());

        Written after = write(source, Optional.of(before));

        assertTrue(Files.isSameFile(before.file(), after.file()));
        assertEquals(after.full(), Files.readString(after.file()));
        // and its parts are recorded again: the next write still takes them
        replace(source.resolve("units/sales/measurements/sales.csv"), CSV_ROW, "pipeline-value,2026-10,9.1,");
        Written next = write(source, Optional.of(after));
        assertTrue(same(after, next) < after.scorecards());
        assertEquals(same(after, next), next.taken());
        assertEquals(next.full(), Files.readString(next.file()));
    }

    /** What is done to the replaced site's file before the rebuild reads it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a byte of a kept part changed", "cut short", "cut short, nothing changed", "missing",
            "a link to an equal copy", "a folder", "its record pointing elsewhere", "its record claiming 2 GB"})
    void givenTheReplacedFileTamperedWith_whenWritten_thenItIsStillAFullWritesFileAndOnlyIntactPartsAreTaken(String tampering)
            throws Exception {
        // given the file of a strategy with units of units, then one measurement of the company changed (every unit's
        // opening is unchanged) unless nothing is to change
        Path source = NestedUnits.create(dir.resolve("strategy"));
        Written before = write(source, Optional.empty());
        if (!tampering.endsWith("nothing changed")) {
            replaceFirst(source.resolve("measurements"), ",2026-10,", ",2026-10,1");
        }
        Path file = before.file();
        byte[] bytes = Files.readAllBytes(file);
        Written tampered = before;
        switch (tampering) {
            case "a byte of a kept part changed" -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                int at = text.indexOf("\"Sales inside\"") + 1;
                Files.writeString(file, text.substring(0, at) + "T" + text.substring(at + 1));
            }
            case "cut short", "cut short, nothing changed" -> Files.write(file, Arrays.copyOf(bytes,
                    new String(bytes, StandardCharsets.UTF_8).indexOf("\"Sales inside\"")));
            case "missing" -> Files.delete(file);
            case "a link to an equal copy" -> {
                Path copy = Files.write(dir.resolve("copy.json"), bytes);
                Files.delete(file);
                Files.createSymbolicLink(file, copy);
            }
            case "a folder" -> {
                Files.delete(file);
                Files.createDirectories(file.resolve("inside"));
            }
            case "its record pointing elsewhere" -> tampered = before.withDigests(shiftParts(before.digests(), 1));
            case "its record claiming 2 GB" -> tampered = before.withDigests(
                    before.digests().replaceAll("part:strategy\\.json:(\\d+):\\d+:", "part:strategy.json:$1:2147483647:"));
            default -> throw new IllegalArgumentException(tampering);
        }

        // when it is written again from the tampered site
        Written after = write(source, Optional.of(tampered));

        // then the file is a full write's, nothing but intact parts were taken, and the tampered file was not replaced
        assertEquals(after.full(), Files.readString(after.file()));
        int unchanged = same(before, after);
        assertTrue(unchanged >= 4, "the units' openings are unchanged: " + unchanged);
        switch (tampering) {
            case "a byte of a kept part changed", "cut short", "cut short, nothing changed" ->
                    assertEquals(unchanged - 1, after.taken());
            default -> assertEquals(0, after.taken());
        }
        assertFalse(Files.exists(file) && Files.isSameFile(file, after.file()), "the tampered file is not kept");
    }

    @Test
    void givenTheFirstUnitRemoved_whenWritten_thenTheNextUnitsOpeningLosesItsSeparatorAndTheFileIsAFullWrites()
            throws Exception {
        // given the example's file, then its first unit (operations) removed: sales comes first
        Path source = TreeCopy.copy(NestedUnits.EXAMPLE, dir.resolve("strategy"));
        Written before = write(source, Optional.empty());
        dev.bscportal.core.files.FileTrees.deleteQuietly(source.resolve("units/operations"));

        Written after = write(source, Optional.of(before));

        assertEquals(after.full(), Files.readString(after.file()));
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private record Written(Path file, String digests, String full, int taken, int scorecards, Map<String, String> openings) {
        Written withDigests(String other) {
            return new Written(file, other, full, taken, scorecards, openings);
        }
    }

    /** How many scorecards have the same opening in both. */
    private static int same(Written a, Written b) {
        return (int) a.openings().entrySet().stream().filter(e -> e.getValue().equals(b.openings().get(e.getKey()))).count();
    }

    /** Writes the file of {@code source} into a new folder as a render does, from the site {@code before} when given. */
    private Written write(Path source, Optional<Written> before) throws IOException {
        CheckResult checked = StrategyDir.empty(source).check();
        assertTrue(checked.errors().isEmpty(), checked.errors().toString());
        Strategy strategy = checked.strategy().orElseThrow();
        StrategyScores scores = checked.scores().orElseThrow();
        StrategyJsonFile file = StrategyJsonFile.keyed(new ContentDigest(), "site-wide", NameMatcher.of(List.of()),
                strategy, scores, true);
        PageReuse reuse = PageReuse.from(before.map(b -> new PreviousSite(b.file().getParent(), b.digests())),
                Map.of(StrategyJsonFile.GROUP, file.key()));
        Path target = Files.createDirectories(dir.resolve("site-" + round++));
        int taken = file.write(reuse, target);
        Map<String, String> openings = new java.util.HashMap<>();
        for (StrategyJsonPieces.Piece piece : StrategyJsonPieces.plan(strategy)) {
            if (piece.kind() == StrategyJsonPieces.Kind.OPENING) {
                openings.put(piece.scorecard().path(), StrategyJsonPieces.text(piece, scores, true));
            }
        }
        return new Written(target.resolve(StrategyJsonFile.NAME), reuse.digests(), StrategyJson.write(strategy, scores, true),
                taken, strategy.allScorecards().size(), openings);
    }

    /** Every recorded part said to start {@code by} bytes later (its length and digest unchanged). */
    private static String shiftParts(String digests, int by) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("part:strategy\\.json:(\\d+):").matcher(digests);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "part:strategy.json:" + (Long.parseLong(m.group(1)) + by) + ":");
        }
        return m.appendTail(out).toString();
    }

    /** The first file under {@code folder} (by name) holding {@code from}: its first occurrence replaced. */
    private static void replaceFirst(Path folder, String from, String to) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f);
                if (text.contains(from)) {
                    Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
                    return;
                }
            }
        }
        throw new AssertionError(folder + " holds " + from);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
