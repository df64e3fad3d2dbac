package dev.bscportal.core.model;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InferredDecimalsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"72, 0", "67.5, 1", "-0.75, 2", "1215000, 0", "0.33333, 3", "1e-7, 3", "72.50, 1"})
    void aNumberNeedsTheDecimalsItIsWrittenWith(double value, int expected) {
        assertEquals(expected, Math.min(InferredDecimals.MAX, InferredDecimals.decimalsOf(value)));
    }

    private Measure loaded(String measureYaml, String csvRows) {
        StrategyDir strategy = StrategyDir.valid(dir).write("measures/nps.yaml", measureYaml)
                .write("measurements/more.csv", "measure,period,value\n" + csvRows);
        return strategy.check().strategy().orElseThrow().company().measure("nps").orElseThrow();
    }

    @Test
    void aMeasureWithoutDecimalsShowsAsManyAsItsNumbersHave() {
        // given whole targets and one actual with a decimal in a CSV file
        Measure m = loaded("name: NPS\nobjective: c1\nthreshold: 20\ntarget: 30\n", "nps,2026-07,31.5\n");

        // then the measure shows one decimal
        assertEquals(1, m.decimals());
    }

    @Test
    void aMeasureWithOnlyWholeNumbersShowsNoDecimals() {
        Measure m = loaded("name: NPS\nobjective: c1\nthreshold: 20\ntarget: 30\n", "nps,2026-07,31\n");

        assertEquals(0, m.decimals(), "no 72.0 for values written as 72");
    }

    @Test
    void aPeriodTargetOrBaselineCountsToo() {
        Measure m = loaded("name: NPS\nobjective: c1\nbaseline: 20.25\ntarget: 30\ntargets:\n  - period: '2027'\n    target: 35.5\n",
                "nps,2026-07,31\n");

        assertEquals(2, m.decimals());
    }

    @Test
    void writtenDecimalsWinAndARankHasNone() {
        assertEquals(3, loaded("name: NPS\nobjective: c1\ntarget: 30\ndecimals: 3\n", "nps,2026-07,31\n").decimals());
        assertEquals(0, loaded("name: NPS\nobjective: c1\nunit: rank\ntarget: 1\ndecimals: 2\n", "nps,2026-07,1.5\n").decimals());
    }
}
