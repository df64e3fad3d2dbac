package dev.bscportal.core.validate;

import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every number of a rank measure is a whole position from 1 to 1,000,000, checked where it is written. */
class RankValuesRuleTest {

    @TempDir
    Path dir;

    private StrategyDir rankWithTarget(String target) {
        return StrategyDir.valid(dir).write("measures/nps.yaml",
                "name: Position\nobjective: c1\nunit: rank\nthreshold: 20\ntarget: " + target + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "-3", "2.5", "1000001", "1e9", "0.999", "-0"})
    void givenARankTargetThatIsNoPositionWhenCheckedThenBsc024AtItsLine(String target) {
        List<String> lines = rankWithTarget(target).problemLines();
        assertTrue(lines.contains("BSC024 measures/nps.yaml:5"), lines.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1", "3", "19", "1.0"})
    void givenAWholePositionWhenCheckedThenNoBsc024(String target) {
        List<String> lines = rankWithTarget(target).problemLines();
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("BSC024")), lines.toString());
    }

    @Test
    void givenTheSameNumbersOnAMeasureThatIsNoRankWhenCheckedThenNoBsc024() {
        StrategyDir strategy = StrategyDir.valid(dir).write("measures/nps.yaml",
                "name: Share\nobjective: c1\nunit: '%'\nthreshold: -1\ntarget: 2.5\nstretch: 1e9\n");
        assertTrue(strategy.problemLines().stream().noneMatch(l -> l.startsWith("BSC024")));
    }

    @Test
    void givenBadRankMeasurementsWhenCheckedThenEachIsReportedAtItsRowAndTheMessageQuotesTheValue() {
        StrategyDir strategy = rankWithTarget("3").write("measurements/actuals.csv",
                "measure,period,value\nnps,2026-08,0\nnps,2026-09,2.5\nrevenue,2026-09,0.5\n");
        var problems = strategy.check().problems().stream().filter(p -> p.code().code().equals("BSC024")).toList();
        assertEquals(List.of("BSC024 measurements/actuals.csv:2", "BSC024 measurements/actuals.csv:3"),
                problems.stream().map(StrategyDir::line).sorted().toList());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("not 2.5") && p.message().contains("nps")), problems.toString());
        assertTrue(problems.get(0).isError() && !problems.get(0).hint().isBlank());
    }
}
