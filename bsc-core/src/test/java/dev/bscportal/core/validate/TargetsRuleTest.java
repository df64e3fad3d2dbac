package dev.bscportal.core.validate;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The order of threshold, target and stretch (BSC047), at its edges, for both polarities and per period. */
class TargetsRuleTest {

    @TempDir
    Path dir;

    private List<Problem> inconsistent(StrategyDir strategy) {
        return strategy.check().problems().stream().filter(p -> p.code().code().equals("BSC047")).toList();
    }

    @ParameterizedTest(name = "{0}: threshold {1}, target {2}, stretch {3} -> {4}")
    @CsvSource({
            "higher-is-better, 99, 100, 120, ok",
            "higher-is-better, 100, 100, 120, threshold 100 is not below target 100",
            "higher-is-better, 101, 100, 120, threshold 101 is not below target 100",
            "higher-is-better, 80, 100, 100, ok",
            "higher-is-better, 80, 100, 99.5, stretch 99.5 is below target 100",
            "lower-is-better, 11, 10, 5, ok",
            "lower-is-better, 10, 10, 5, threshold 10 is not above target 10",
            "lower-is-better, 9, 10, 5, threshold 9 is not above target 10",
            "lower-is-better, 11, 10, 10, ok",
            "lower-is-better, 11, 10, 10.5, stretch 10.5 is above target 10"})
    void ordersThresholdTargetAndStretchWithEqualityAllowedOnlyForTheStretch(
            String polarity, double threshold, double target, double stretch, String expected) {
        StrategyDir strategy = StrategyDir.valid(dir)
                .measure("revenue", "f1", "lagging", polarity, threshold, target, stretch);

        List<Problem> problems = inconsistent(strategy);

        if (expected.equals("ok")) {
            assertEquals(List.of(), problems.stream().map(Problem::message).toList());
        } else {
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).message().endsWith(": " + expected + "."), problems.get(0).message());
            assertEquals("measures/revenue.yaml", problems.get(0).position().file());
        }
    }

    @Test
    void aThresholdProblemIsReportedAloneEvenWhenTheStretchIsAlsoOutOfOrder() {
        StrategyDir strategy = StrategyDir.valid(dir)
                .measure("revenue", "f1", "lagging", "higher-is-better", 120, 100, 90);

        List<Problem> problems = inconsistent(strategy);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("threshold 120 is not below target 100"), problems.get(0).message());
    }

    @Test
    void aPeriodTargetOutOfOrderIsReportedAtItsOwnLineNamingThePeriod() {
        StrategyDir strategy = StrategyDir.valid(dir).write("measures/revenue.yaml", """
                name: Revenue
                objective: f1
                kind: lagging
                polarity: higher-is-better
                frequency: monthly
                threshold: 80
                target: 100
                stretch: 120
                targets:
                  - period: "2026"
                    target: 110
                  - period: "2027"
                    target: 70
                """);

        List<Problem> problems = inconsistent(strategy);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(12, problems.get(0).position().line(), "the line where the 2027 entry starts");
        assertTrue(problems.get(0).message().contains(" from 2027: threshold 80 is not below target 70"),
                problems.get(0).message());
    }

    @Test
    void aMeasureWithOnlyPeriodTargetsHasATargetAndIsNotWarnedAbout() {
        StrategyDir strategy = StrategyDir.valid(dir).write("measures/revenue.yaml", """
                name: Revenue
                objective: f1
                kind: lagging
                polarity: higher-is-better
                frequency: monthly
                targets:
                  - period: "2026"
                    threshold: 80
                    target: 100
                """);

        List<String> lines = strategy.problemLines();

        assertTrue(lines.stream().noneMatch(l -> l.startsWith("BSC") && l.contains("revenue.yaml")), lines.toString());
    }
}
