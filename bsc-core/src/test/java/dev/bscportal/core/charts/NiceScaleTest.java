package dev.bscportal.core.charts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

class NiceScaleTest {

    @ParameterizedTest
    @CsvSource({"1e-308, 2e-308", "0, 4.9e-324", "-4.9e-324, 4.9e-324", "-1e15, 1e15", "1e15, 1e15", "-1e15, -1e15",
            "-0.0, 0.0", "0, 0", "1e-7, 3e-7", "999999999999999, 1e15", "7, 7", "0.1, 0.30000000000000004"})
    void everyRangeOfAllowedValuesGivesAFiniteWidenedScaleWithFiniteTicksInsideIt(double low, double high) {
        // when a scale covers the range
        NiceScale scale = NiceScale.covering(low, high);

        // then it is finite, not empty, covers the values, and positions on it are finite
        assertTrue(Double.isFinite(scale.min()) && Double.isFinite(scale.max()) && scale.max() > scale.min(), scale.toString());
        double noise = 1e-9 * Math.max(1, Math.max(Math.abs(low), Math.abs(high)));
        assertTrue(scale.min() <= low + noise && scale.max() >= high - noise, scale.toString());
        assertTrue(Double.isFinite(scale.step()) && scale.step() > 0 && scale.ticks().size() >= 2, scale.toString());
        for (double tick : scale.ticks()) {
            double position = (tick - scale.min()) / (scale.max() - scale.min());
            assertTrue(Double.isFinite(position) && position >= -1e-9 && position <= 1 + 1e-9, scale.toString());
        }
    }
}
