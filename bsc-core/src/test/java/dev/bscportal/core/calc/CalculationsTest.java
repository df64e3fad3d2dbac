package dev.bscportal.core.calc;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.model.Calculation;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calculated measures on real strategy files: values, trails, alignment of frequencies and what has no value. */
class CalculationsTest {

    @TempDir
    Path dir;

    private StrategyDir strategy() {
        StrategyDir s = StrategyDir.valid(dir);
        s.write("measures/headcount.yaml", """
                name: Headcount
                objective: l1
                frequency: monthly
                target: 100
                """);
        s.write("measurements/people.csv", """
                measure,period,value
                headcount,2026-08,50
                headcount,2026-09,0
                """);
        return s;
    }

    private static Scorecard company(CheckResult result) {
        return result.strategy().orElseThrow().company();
    }

    private static String values(Scorecard s, String id) {
        return s.measurementsOf(id).stream().map(m -> m.period() + "=" + m.value()).collect(Collectors.joining(" "));
    }

    private static String trail(Scorecard s, String id) {
        Calculation c = s.measure(id).orElseThrow().calculation().orElseThrow();
        return c.rows().stream().map(r -> r.period() + " " + r.values().stream().map(v -> v.isPresent() ? String.valueOf(v.getAsDouble()) : "-")
                .collect(Collectors.joining(",")) + " -> " + (r.result().isPresent() ? String.valueOf(r.result().getAsDouble()) : r.reason().id()))
                .collect(Collectors.joining("; "));
    }

    @Test
    void aCalculatedMeasureGetsAValuePerPeriodAndATrailWithDivisionByZeroAsNoData() {
        // given revenue per head = revenue / headcount, with a headcount of 0 in September
        StrategyDir s = strategy().write("measures/revenue-per-head.yaml", """
                name: Revenue per head
                objective: f1
                calc: revenue / headcount
                target: 2
                """);

        CheckResult result = s.check();

        // then August is calculated, September has no value and says why, and nothing is reported
        Scorecard company = company(result);
        assertEquals(List.of(), s.problemLines().stream().filter(l -> l.startsWith("BSC0") || l.startsWith("BSC16")).toList());
        assertEquals("2026-08=2.0", values(company, "revenue-per-head"));
        assertEquals("2026-08 100.0,50.0 -> 2.0; 2026-09 104.0,0.0 -> division-by-zero", trail(company, "revenue-per-head"));
        assertEquals(List.of("revenue", "headcount"), company.measure("revenue-per-head").orElseThrow().calculation().orElseThrow().inputs());
        assertEquals("measures/revenue-per-head.yaml:3", company.measurementsOf("revenue-per-head").get(0).origin().at().toString());
    }

    @Test
    void monthlyInputsRollUpIntoAQuarterlyCalculationByTheirOwnAggregationAndAPartialSumGivesNoValue() {
        // given monthly revenue summed into quarters (Q3 complete, Q4 only one month) and headcount taken as the last month
        StrategyDir s = strategy()
                .write("measures/revenue.yaml", """
                        name: Revenue
                        objective: f1
                        aggregation: sum
                        target: 100
                        """)
                .write("measurements/actuals.csv", """
                        measure,period,value
                        revenue,2026-07,90
                        revenue,2026-08,100
                        revenue,2026-09,110
                        revenue,2026-10,120
                        """)
                .write("measurements/people.csv", """
                        measure,period,value
                        headcount,2026-08,50
                        headcount,2026-09,60
                        headcount,2026-10,60
                        """)
                .write("measures/quarterly-revenue-per-head.yaml", """
                        name: Quarterly revenue per head
                        objective: f1
                        frequency: quarterly
                        calc: revenue / headcount
                        target: 5
                        """);

        Scorecard company = company(s.check());

        assertEquals("2026-Q3 300.0,60.0 -> 5.0; 2026-Q4 -,60.0 -> missing-input", trail(company, "quarterly-revenue-per-head"));
    }

    @Test
    void aQualifiedInputFromAUnitAndAChainOfCalculationsAreCalculatedInDependencyOrder() {
        StrategyDir s = strategy()
                .write("units/sales/strategy.yaml", "name: Sales\n")
                .write("units/sales/measures/pipeline.yaml", """
                        name: Pipeline
                        target: 10
                        """)
                .write("units/sales/measurements/pipeline.csv", """
                        measure,period,value
                        pipeline,2026-08,400
                        pipeline,2026-09,300
                        """)
                .write("measures/b-coverage.yaml", """
                        name: Pipeline coverage
                        objective: f1
                        calc: round(sales/pipeline / a-base, 2)
                        target: 3
                        """)
                .write("measures/a-base.yaml", """
                        name: Base
                        objective: f1
                        calc: max(revenue, 1) * 1.5
                        target: 3
                        """);

        Scorecard company = company(s.check());

        assertEquals("2026-08=150.0 2026-09=156.0", values(company, "a-base"));
        assertEquals("2026-08 400.0,150.0 -> 2.67; 2026-09 300.0,156.0 -> 1.92", trail(company, "b-coverage"));
    }

    @Test
    void cyclesUnknownMeasuresRefusedExpressionsCoarserInputsAndRecordedValuesAreErrorsAtTheCalcLine() {
        StrategyDir s = strategy()
                .write("measures/yearly.yaml", "name: Yearly\nobjective: f1\nfrequency: yearly\ntarget: 1\n")
                .write("measures/x.yaml", "name: X\nobjective: f1\ntarget: 1\ncalc: y + 1\n")
                .write("measures/y.yaml", "name: Y\nobjective: f1\ntarget: 1\ncalc: z * 2\n")
                .write("measures/z.yaml", "name: Z\nobjective: f1\ntarget: 1\ncalc: x - revenue\n")
                .write("measures/unknown.yaml", "name: U\nobjective: f1\ntarget: 1\ncalc: revenue-headcount\n")
                .write("measures/nounit.yaml", "name: N\nobjective: f1\ntarget: 1\ncalc: revenue/headcount\n")
                .write("measures/script.yaml", "name: S\nobjective: f1\ntarget: 1\ncalc: java.lang.System.exit(1)\n")
                .write("measures/text.yaml", "name: T\nobjective: f1\ntarget: 1\ncalc: \"'hello' + revenue\"\n")
                .write("measures/open.yaml", "name: O\nobjective: f1\ntarget: 1\ncalc: (revenue + 1\n")
                .write("measures/deep.yaml", "name: D\nobjective: f1\ntarget: 1\ncalc: " + "(".repeat(17) + "revenue" + ")".repeat(17) + "\n")
                .write("measures/long.yaml", "name: L\nobjective: f1\ntarget: 1\ncalc: " + "revenue + ".repeat(60) + "1\n")
                .write("measures/noref.yaml", "name: R\nobjective: f1\ntarget: 1\ncalc: 1 + 2\n")
                .write("measures/coarse.yaml", "name: C\nobjective: f1\ntarget: 1\ncalc: yearly * 2\n")
                .write("measures/recorded.yaml", "name: Rec\nobjective: f1\ntarget: 1\ncalc: revenue * 2\nmeasurements:\n  \"2026-08\": 5\n");

        List<String> lines = s.problemLines().stream().filter(l -> l.matches("BSC(04|16).*")).sorted().toList();

        assertEquals(List.of(
                "BSC041 measures/nounit.yaml:4", "BSC041 measures/unknown.yaml:4",
                "BSC160 measures/deep.yaml:4", "BSC160 measures/long.yaml:4", "BSC160 measures/noref.yaml:4",
                "BSC160 measures/open.yaml:4", "BSC160 measures/script.yaml:4", "BSC160 measures/text.yaml:4",
                "BSC161 measures/x.yaml:4", "BSC161 measures/y.yaml:4", "BSC161 measures/z.yaml:4",
                "BSC162 measures/coarse.yaml:4", "BSC162 measures/recorded.yaml:6"), lines);
        String cycle = s.check().problems().stream().filter(p -> p.position().file().equals("measures/x.yaml") && p.code().code().equals("BSC161")).findFirst().orElseThrow().message();
        assertTrue(cycle.contains("x -> y -> z -> x"), cycle);
        // the measures on the cycle get no values, and nothing is thrown
        assertEquals("", values(company(s.check()), "x"));
    }

    @Test
    void aSumOfDecimalsIsExactAsWrittenAndAnAverageToo() {
        StrategyDir s = strategy()
                .write("measures/revenue.yaml", "name: Revenue\nobjective: f1\naggregation: sum\ntarget: 100\n")
                .write("measures/training.yaml", "name: Training\nobjective: l1\naggregation: average\ntarget: 8\n")
                .write("measurements/actuals.csv", "measure,period,value\nrevenue,2026-07,7.95\nrevenue,2026-08,7.92\nrevenue,2026-09,8.07\n"
                        + "training,2026-07,0.1\ntraining,2026-08,0.2\ntraining,2026-09,0.3\n")
                .write("measures/quarter.yaml", "name: Q\nobjective: f1\nfrequency: quarterly\ntarget: 1\ncalc: revenue + training\n");

        Scorecard company = company(s.check());

        assertEquals("2026-Q3 23.94,0.2 -> 24.14", trail(company, "quarter"));
    }

    @Test
    void theSameStrategyGivesTheSameCalculation() {
        StrategyDir s = strategy().write("measures/ratio.yaml", "name: Ratio\nobjective: f1\ntarget: 1\ncalc: revenue / (headcount + 1)\n");

        Measure first = company(s.check()).measure("ratio").orElseThrow();
        Measure second = company(s.check()).measure("ratio").orElseThrow();

        assertEquals(first, second);
        assertEquals(OptionalDouble.of(100.0 / 51), first.calculation().orElseThrow().rows().get(0).result());
    }
}
