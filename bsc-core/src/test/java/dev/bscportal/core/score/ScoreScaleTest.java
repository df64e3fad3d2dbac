package dev.bscportal.core.score;

import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreScaleTest {

    private static final Targets REVENUE = Targets.of(80, 100, 120);
    private static final Targets DEFECTS = Targets.of(5, 2, 1);

    @ParameterizedTest(name = "higher-is-better {0} -> {1} {2}")
    @CsvSource({
            "130, exceeds, 10.0",
            "120, exceeds, 10.0",
            "110, on-target, 8.3333",
            "100, on-target, 6.6667",
            "90, watch, 5.0",
            "80, watch, 3.3333",
            "70, off-target, 1.6667",
            "60, off-target, 0.0",
            "0, off-target, 0.0"})
    void scoresLinearlyThroughThresholdTargetAndStretchClamped(double actual, String status, double score) {
        assertEquals(status, ScoreScale.status(actual, REVENUE, Polarity.HIGHER_IS_BETTER).id());
        assertEquals(score, ScoreScale.score(actual, REVENUE, Polarity.HIGHER_IS_BETTER).getAsDouble(), 1e-4);
    }

    @ParameterizedTest(name = "lower-is-better {0} -> {1} {2}")
    @CsvSource({
            "0.5, exceeds, 10.0",
            "1, exceeds, 10.0",
            "1.5, on-target, 8.3333",
            "2, on-target, 6.6667",
            "3.5, watch, 5.0",
            "5, watch, 3.3333",
            "6.5, off-target, 1.6667",
            "9, off-target, 0.0"})
    void mirrorsTheScaleForLowerIsBetter(double actual, String status, double score) {
        assertEquals(status, ScoreScale.status(actual, DEFECTS, Polarity.LOWER_IS_BETTER).id());
        assertEquals(score, ScoreScale.score(actual, DEFECTS, Polarity.LOWER_IS_BETTER).getAsDouble(), 1e-4);
    }

    @Test
    void withoutThresholdBelowTargetIsOffTargetAndScoresZero() {
        Targets onlyTarget = new Targets(OptionalDouble.empty(), OptionalDouble.of(50), OptionalDouble.empty());

        assertEquals(Status.OFF_TARGET, ScoreScale.status(49, onlyTarget, Polarity.HIGHER_IS_BETTER));
        assertEquals(0.0, ScoreScale.score(49, onlyTarget, Polarity.HIGHER_IS_BETTER).getAsDouble());
        assertEquals(Status.ON_TARGET, ScoreScale.status(50, onlyTarget, Polarity.HIGHER_IS_BETTER));
        assertEquals(ScoreScale.TARGET_SCORE, ScoreScale.score(75, onlyTarget, Polarity.HIGHER_IS_BETTER).getAsDouble());
    }

    @Test
    void withoutStretchAboveTargetContinuesTheThresholdSlopeUpToTen() {
        Targets noStretch = new Targets(OptionalDouble.of(80), OptionalDouble.of(100), OptionalDouble.empty());

        assertEquals(10.0, ScoreScale.score(120, noStretch, Polarity.HIGHER_IS_BETTER).getAsDouble(), 1e-9);
        assertEquals(10.0, ScoreScale.score(500, noStretch, Polarity.HIGHER_IS_BETTER).getAsDouble(), 1e-9);
        assertEquals(Status.ON_TARGET, ScoreScale.status(500, noStretch, Polarity.HIGHER_IS_BETTER),
                "without a stretch nothing exceeds");
    }

    @Test
    void withoutTargetThereIsNoScore() {
        assertTrue(ScoreScale.score(3, Targets.NONE, Polarity.HIGHER_IS_BETTER).isEmpty());
        assertEquals(Status.NO_DATA, ScoreScale.status(3, Targets.NONE, Polarity.HIGHER_IS_BETTER));
    }

    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({"10, exceeds", "9.99, on-target", "6.6667, on-target", "6.6, watch", "3.3334, watch", "3.3, off-target", "0, off-target"})
    void bandsScoresIntoStatuses(double score, String status) {
        assertEquals(status, ScoreScale.statusOfScore(score).id());
    }

    @Test
    void valuesWithinRoundingToleranceOfABandEdgeCountAsReachingIt() {
        double tolerance = 1e-9;

        assertEquals(Status.EXCEEDS, ScoreScale.status(120 - tolerance, REVENUE, Polarity.HIGHER_IS_BETTER));
        assertEquals(Status.ON_TARGET, ScoreScale.status(100 - tolerance, REVENUE, Polarity.HIGHER_IS_BETTER));
        assertEquals(Status.WATCH, ScoreScale.status(80 - tolerance, REVENUE, Polarity.HIGHER_IS_BETTER));
        assertEquals(Status.EXCEEDS, ScoreScale.statusOfScore(ScoreScale.MAX_SCORE - tolerance));
        assertEquals(Status.ON_TARGET, ScoreScale.statusOfScore(ScoreScale.TARGET_SCORE - tolerance));
        assertEquals(Status.WATCH, ScoreScale.statusOfScore(ScoreScale.THRESHOLD_SCORE - tolerance));
    }

    @Test
    void valuesJustBeyondTheToleranceFallIntoTheBandBelow() {
        double beyond = 1e-6;

        assertEquals(Status.ON_TARGET, ScoreScale.status(120 - beyond, REVENUE, Polarity.HIGHER_IS_BETTER));
        assertEquals(Status.WATCH, ScoreScale.status(100 - beyond, REVENUE, Polarity.HIGHER_IS_BETTER));
        assertEquals(Status.OFF_TARGET, ScoreScale.status(80 - beyond, REVENUE, Polarity.HIGHER_IS_BETTER));
        assertEquals(Status.ON_TARGET, ScoreScale.statusOfScore(ScoreScale.MAX_SCORE - beyond));
        assertEquals(Status.WATCH, ScoreScale.statusOfScore(ScoreScale.TARGET_SCORE - beyond));
        assertEquals(Status.OFF_TARGET, ScoreScale.statusOfScore(ScoreScale.THRESHOLD_SCORE - beyond));
    }

    @Test
    void aThresholdEqualToTheTargetAddsNoWatchBandAndNoSlope() {
        Targets flat = new Targets(OptionalDouble.of(100), OptionalDouble.of(100), OptionalDouble.empty());

        assertEquals(ScoreScale.TARGET_SCORE, ScoreScale.score(130, flat, Polarity.HIGHER_IS_BETTER).getAsDouble(), 1e-9,
                "above target it stays at the target score: there is no threshold-target slope to continue");
        assertEquals(0.0, ScoreScale.score(99, flat, Polarity.HIGHER_IS_BETTER).getAsDouble(), 1e-9);
    }
}
