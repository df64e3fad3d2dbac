package dev.bscportal.core.score;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Targets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.OptionalDouble;

import static dev.bscportal.core.testing.Models.measure;
import static dev.bscportal.core.testing.Models.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A change counts as a trend only when it is more than 1 % of the threshold-target gap, or of the target when
 * there is no gap; exactly 1 % is still flat.
 */
class TrendTest {

    private static Trend trend(Targets targets, double previous, double current) {
        Measure rev = measure("rev", "grow", Polarity.HIGHER_IS_BETTER, targets);
        return MeasureScorer.score(rev, List.of(value("rev", "2026-08", previous), value("rev", "2026-09", current)),
                Period.month(2026, 9)).trend();
    }

    private static Targets targets(String threshold, double target) {
        return new Targets(threshold.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(threshold)),
                OptionalDouble.of(target), OptionalDouble.empty());
    }

    @ParameterizedTest(name = "threshold {0}, target {1}: {2} -> {3} is {4}")
    @CsvSource({
            // gap 25: 1 % is 0.25
            "75, 100, 10, 10.25, flat",
            "75, 100, 10, 10.5, improving",
            "75, 100, 10.5, 10, worsening",
            // no gap (threshold = target): 1 % of the target, 1.0
            "100, 100, 10, 10.5, flat",
            "100, 100, 10, 11.5, improving",
            // no threshold: 1 % of the target
            "'', 100, 10, 10.5, flat",
            "'', 100, 10, 11.5, improving"})
    void aChangeIsATrendOnlyBeyondOnePercentOfTheBand(String threshold, double target, double previous, double current,
            String expected) {
        assertEquals(expected, trend(targets(threshold, target), previous, current).id());
    }
}
