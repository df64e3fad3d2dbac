package dev.bscportal.core.build;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.ProblemDigest;
import dev.bscportal.core.problem.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The line log an adapter (Maven's, a console's) writes a build's reports through: levels, caps, the full list. */
class LineLogTest {

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();
    private final LineLog.Lines sink = new LineLog.Lines() {
        @Override
        public void info(String line) {
            lines.add("INFO " + line);
        }

        @Override
        public void warn(String line) {
            lines.add("WARN " + line);
        }

        @Override
        public void error(String line) {
            lines.add("ERROR " + line);
        }
    };

    @Test
    void givenAnErrorAndAWarning_whenChecked_thenEachIsOneLineAtItsLevelWithFileAndLineThenTheCounts() {
        Path strategy = dir.resolve("src/strategy");
        LineLog log = new LineLog(sink, strategy, dir, Optional.empty());

        log.checked(result(List.of(
                Problem.of(ProblemCode.MISSING_FIELD, SourcePosition.of("measures/nps.yaml", 3), "The measure has no 'name'."),
                Problem.of(ProblemCode.NO_DATA, SourcePosition.of("measures/churn.yaml", 1), "Measure churn has no measurement."))));

        assertTrue(lines.get(0).startsWith("ERROR ") && lines.get(0).contains("measures/nps.yaml:3"), lines.toString());
        assertTrue(lines.get(1).startsWith("WARN ") && lines.get(1).contains("measures/churn.yaml:1"), lines.toString());
        assertEquals("INFO Strategy " + strategy + ": 1 error(s), 1 warning(s)", lines.get(2));
    }

    @Test
    void givenMoreWarningsThanTheLogShows_whenChecked_thenTheWholeListGoesToTheFileAndAShortListIsEmptiedNextTime()
            throws Exception {
        Path full = dir.resolve("target/bsc-problems.txt");
        LineLog log = new LineLog(sink, dir.resolve("src/strategy"), dir, Optional.of(full));
        int many = ProblemDigest.TOTAL + 5;

        log.checked(result(IntStream.range(0, many).mapToObj(k -> Problem.of(ProblemCode.NO_DATA,
                SourcePosition.of("measures/m" + k + ".yaml", 1), "Measure m" + k + " has no measurement.")).toList()));

        assertEquals(many, Files.readAllLines(full).size());
        assertTrue(lines.stream().filter(l -> l.contains("measures/m")).count() < many, "the log shows fewer than all");

        log.checked(result(List.of()));
        assertFalse(Files.exists(full), "a list from an earlier build would mislead");
    }

    @Test
    void givenAnUnchangedStrategy_whenItsWarningsAreRepeated_thenTheyAreCappedAndCounted() {
        LineLog log = new LineLog(sink, Path.of("s"), Path.of("."), Optional.empty());
        List<String> warnings = IntStream.range(0, ProblemDigest.TOTAL + 3).mapToObj(k -> "w" + k).toList();

        log.unchanged(warnings);

        assertEquals(ProblemDigest.TOTAL, lines.stream().filter(l -> l.matches("WARN w\\d+")).count());
        assertTrue(lines.contains("WARN ... and 3 more warnings"), lines.toString());
        assertTrue(lines.get(lines.size() - 1).contains("(unchanged since the last build)"));
    }

    private static CheckResult result(List<Problem> problems) {
        return new CheckResult(Optional.empty(), Optional.empty(), problems, false);
    }
}
