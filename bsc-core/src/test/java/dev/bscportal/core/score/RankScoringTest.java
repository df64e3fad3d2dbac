package dev.bscportal.core.score;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rank measure (unit: rank, target rank 1, threshold rank 3), scored from real files. */
class RankScoringTest {

    @TempDir
    Path dir;

    private CheckResult withRank(String extra, double rank) {
        return StrategyDir.valid(dir).write("measures/rank.yaml", """
                name: On-time ranking
                objective: c1
                unit: rank
                threshold: 3
                target: 1
                """ + extra).write("measurements/rank.csv", "measure,period,value\nrank,2026-09," + rank + "\n").check();
    }

    @ParameterizedTest(name = "#{0} scores {1} ({2})")
    @CsvSource({"1, 10, exceeds", "2, 5, watch", "3, 3.33, watch", "4, 1.67, off-target", "5, 0, off-target"})
    void aRankIsBetterTheLowerItIsAndRankOneIsTheTopScore(double rank, double score, String status) {
        // when the measure reaches that rank
        CheckResult result = withRank("", rank);

        // then lower ranks score higher, and #1 (the target, and the best possible) scores 10
        MeasureResult r = result.scores().orElseThrow().of(result.strategy().orElseThrow().company()).measure("rank");
        assertEquals(score, r.score().orElseThrow(), 0.01);
        assertEquals(status, r.status().id());
        assertTrue(result.errors().isEmpty(), result.errors().toString());
    }

    @Test
    void aRankIsLowerIsBetterWithoutSayingSo() {
        CheckResult result = withRank("", 2);

        assertEquals(Polarity.LOWER_IS_BETTER, result.strategy().orElseThrow().company().measure("rank").orElseThrow().polarity());
    }

    @Test
    void aRankWrittenAsHigherIsBetterIsAWarningAtThePolarityLine() {
        CheckResult result = withRank("polarity: higher-is-better\n", 2);

        assertTrue(result.problems().stream().anyMatch(p -> StrategyDir.line(p).equals("BSC120 measures/rank.yaml:6")),
                result.problems().toString());
    }
}
