package dev.bscportal.core.validate;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule on real files: the valid base strategy, changed in one place. */
class StandardRulesTest {

    @TempDir
    Path dir;

    private static void assertReports(StrategyDir strategy, String... expected) {
        List<String> actual = strategy.problemLines();
        for (String line : expected) {
            assertTrue(actual.contains(line), "expected " + line + " in " + actual);
        }
    }

    private static Problem only(StrategyDir strategy, String code) {
        List<Problem> found = strategy.check().problems().stream().filter(p -> p.code().code().equals(code)).toList();
        assertEquals(1, found.size(), "one " + code + " expected in " + strategy.problemLines());
        return found.get(0);
    }

    @Test
    void theValidBaseStrategyHasNoProblems() {
        CheckResult result = StrategyDir.valid(dir).check();

        assertEquals(List.of(), result.problems().stream().map(StrategyDir::line).toList());
        assertFalse(result.failsBuild());
    }

    @Test
    void reportsDrivesToAnUnknownObjectiveAtTheDrivesLine() {
        StrategyDir strategy = StrategyDir.valid(dir).objective("c1", "customer", "[f9]");

        Problem problem = only(strategy, "BSC040");

        assertEquals("objectives/c1.md", problem.position().file());
        assertEquals(5, problem.position().line());
        assertTrue(problem.message().contains("'f9'"), problem.message());
        assertTrue(strategy.check().failsBuild());
    }

    @Test
    void reportsUnknownPerspectiveAndThemeWithTheAllowedValues() {
        StrategyDir strategy = StrategyDir.valid(dir).write("objectives/f1.md", """
                ---
                name: Grow
                perspective: finance
                themes: [growth, speed]
                drives: []
                ---
                """);

        Problem perspective = only(strategy, "BSC043");
        Problem theme = only(strategy, "BSC042");

        assertEquals(3, perspective.position().line());
        assertTrue(perspective.hint().contains("financial, customer, internal, learning"), perspective.hint());
        assertEquals(4, theme.position().line());
        assertTrue(theme.message().contains("'speed'"));
    }

    @Test
    void reportsACycleOnceWithTheWholeLoop() {
        StrategyDir strategy = StrategyDir.valid(dir).objective("f1", "financial", "[l1]");

        Problem cycle = only(strategy, "BSC046");

        assertEquals("objectives/c1.md", cycle.position().file(), "reported at the smallest id in the cycle");
        assertTrue(cycle.message().contains("c1 -> f1 -> l1 -> p1 -> c1"), cycle.message());
    }

    @Test
    void reportsThresholdTargetStretchOutOfOrderForThePolarity() {
        StrategyDir strategy = StrategyDir.valid(dir).measure("defects", "p1", "leading", "lower-is-better", 2, 5, 10);

        Problem problem = only(strategy, "BSC047");

        assertEquals("measures/defects.yaml", problem.position().file());
        assertEquals(7, problem.position().line());
        assertTrue(problem.message().contains("threshold 2 is not above target 5"), problem.message());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // a lower-is-better measure whose polarity is misspelt: under the default (higher-is-better) its targets
            // would be inconsistent (BSC047) and its values red without an initiative (BSC106)
            "polarity: lower-better     | frequency: quarterly | BSC009 measures/defects.yaml:4",
            "polarity: Lower-is-beter   | frequency: quarterly | BSC009 measures/defects.yaml:4",
            // a quarterly measure whose frequency is misspelt: under the default (monthly) its quarterly values would be
            // BSC049 errors and its data stale (BSC108)
            "polarity: lower-is-better  | frequency: quartely | BSC009 measures/defects.yaml:5",
    })
    void aRefusedPolarityGivesNoFollowOnProblems(String polarity, String frequency, String expected) {
        // given the defects measure (lower is better, threshold 10 > target 5 > stretch 2) with one refused value,
        // and quarterly values
        StrategyDir strategy = StrategyDir.valid(dir).write("measures/defects.yaml", """
                name: Defects
                objective: p1
                kind: leading
                %s
                %s
                threshold: 10
                target: 5
                stretch: 2
                """.formatted(polarity, frequency)).write("measurements/actuals.csv", """
                measure,period,value
                revenue,2026-09,104
                nps,2026-09,32
                defects,2026-Q2,12
                defects,2026-Q3,12
                training,2026-09,9
                """);

        // when checked
        CheckResult result = strategy.check();

        // then the refused value is the only problem of that measure: nothing judged by the default it fell back to
        List<String> ofDefects = result.problems().stream().map(StrategyDir::line)
                .filter(l -> l.contains("defects") || l.contains("actuals.csv")).toList();
        assertEquals(List.of(expected), ofDefects);
        // and the measure is not scored
        assertTrue(result.scores().orElseThrow().company().measure("defects").score().isEmpty());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"organisation", "organization", "company"})
    void suggestsNameForAnotherWordForTheOrganisation(String key) {
        // given a strategy.yaml that names the organisation under another word
        StrategyDir strategy = StrategyDir.valid(dir).write("strategy.yaml", key + ": Test Company\nmission: Make tests pass.\n");

        // then the unknown key is reported at its line with the key it means
        Problem unknown = only(strategy, "BSC005");
        assertEquals(1, unknown.position().line());
        assertTrue(unknown.message().endsWith("Did you mean 'name'?"), unknown.message());
    }

    @Test
    void warnsOfAMeasureWithoutATargetYetInsteadOfFailingTheBuild() {
        StrategyDir strategy = StrategyDir.valid(dir).write("measures/nps.yaml", """
                name: NPS
                objective: c1
                """);

        assertReports(strategy, "BSC118 measures/nps.yaml:1");
        assertTrue(strategy.check().errors().isEmpty(), strategy.check().errors().toString());
    }

    @Test
    void reportsMeasurementsForUnknownMeasuresAndCoarserPeriodsThanTheFrequency() {
        StrategyDir strategy = StrategyDir.valid(dir).write("measurements/more.csv", """
                measure,period,value
                revenu,2026-09,1
                revenue,2026-Q2,300
                training,2026-W20,8
                """);

        assertReports(strategy, "BSC048 measurements/more.csv:2", "BSC049 measurements/more.csv:3");
        assertEquals(2, strategy.check().errors().size(), "a weekly value rolls up into a monthly measure");
    }

    @Test
    void reportsUnknownMeasuresInInitiativesAndKeyResults() {
        StrategyDir strategy = StrategyDir.valid(dir)
                .write("initiatives/crm.md", """
                        ---
                        name: CRM
                        owner: Ann
                        measures: [nps, churn]
                        ---
                        """)
                .write("okrs/2026-Q3.yaml", """
                        objectives:
                          - id: faster
                            name: Ship faster
                            supports: [p1, p9]
                            key-results:
                              - name: Cycle time
                                measure: cycle-time
                                from: 10
                                to: 5
                        """);

        assertReports(strategy, "BSC041 initiatives/crm.md:4", "BSC040 okrs/2026-Q3.yaml:4", "BSC041 okrs/2026-Q3.yaml:7");
    }

    @Test
    void reportsAnInitiativeDueBeforeItStarts() {
        StrategyDir strategy = StrategyDir.valid(dir).write("initiatives/late.md", """
                ---
                name: Late
                owner: Ann
                start: 2026-05-01
                due: 2026-04-01
                ---
                """);

        assertReports(strategy, "BSC050 initiatives/late.md:5");
    }

    @Test
    void checksUnitSupportsAgainstTheParentAndQualifiedUnits() {
        StrategyDir strategy = StrategyDir.valid(dir)
                .write("units/sales/strategy.yaml", "name: Sales\n")
                .write("units/sales/objectives/win.md", """
                        ---
                        name: Win deals
                        perspective: customer
                        supports: [c1, c7]
                        ---
                        """)
                .write("units/sales/objectives/keep.md", """
                        ---
                        name: Keep customers
                        perspective: customer
                        supports: [marketing/x]
                        ---
                        """);

        assertReports(strategy, "BSC044 units/sales/objectives/win.md:4", "BSC045 units/sales/objectives/keep.md:4");
    }

    @Test
    void warnsAboutAnArrowPointingDownTheMapAndAnIsolatedObjective() {
        StrategyDir strategy = StrategyDir.valid(dir)
                .objective("f1", "financial", "[l1]")
                .objective("l1", "learning", "[]")
                .objective("c1", "customer", "[f1]")
                .objective("p1", "internal", "[c1]")
                .objective("l2", "learning", "[]")
                .measure("skills", "l2", "leading", "higher-is-better", 1, 2, 3);

        assertReports(strategy, "BSC103 objectives/f1.md:5", "BSC104 objectives/l2.md:2");
        assertFalse(strategy.check().failsBuild(), "advice never fails the build by default");
    }

    @Test
    void warnsAboutTooManyObjectivesAndMeasuresAndMissingMeasures() {
        StrategyDir strategy = StrategyDir.valid(dir);
        for (int i = 2; i <= 6; i++) {
            strategy.objective("c" + i, "customer", "[f1]");
        }
        for (String m : List.of("a", "b", "c")) {
            strategy.measure("nps-" + m, "c1", "leading", "higher-is-better", 1, 2, 3);
        }

        assertReports(strategy, "BSC100 objectives/c6.md:3", "BSC102 objectives/c1.md:2", "BSC101 objectives/c2.md:2");
    }

    @Test
    void warnsWhenAPerspectiveBelowTheTopHasOnlyLaggingMeasures() {
        StrategyDir strategy = StrategyDir.valid(dir).measure("loyalty", "c1", "lagging", "higher-is-better", 1, 2, 3);

        assertReports(strategy, "BSC105 measures/loyalty.yaml:3");
    }

    @Test
    void warnsAboutAnOffTargetMeasureWithoutActiveInitiativeButNotWhenOneWorksOnIt() {
        StrategyDir strategy = StrategyDir.valid(dir).write("measurements/bad.csv", """
                measure,period,value
                nps,2026-10,5
                training,2026-10,1
                revenue,2026-10,104
                defects,2026-10,4
                """);

        List<String> lines = strategy.problemLines();

        assertTrue(lines.contains("BSC106 measures/nps.yaml:1"), lines.toString());
        assertFalse(lines.contains("BSC106 measures/training.yaml:1"), "the active academy initiative works on l1");
    }

    @Test
    void warnsAboutStaleDataAndMeasuresWithoutData() {
        StrategyDir strategy = StrategyDir.valid(dir)
                .write("strategy.yaml", "name: Test Company\nas-of: 2026-12\nthemes: [{id: growth, name: Growth}]\n")
                .measure("margin", "f1", "leading", "higher-is-better", 1, 2, 3);

        assertReports(strategy, "BSC108 measures/revenue.yaml:5", "BSC111 measures/margin.yaml:1");
    }

    @Test
    void warnsAboutAMeasureOnTargetForThreeQuartersInARow() {
        StringBuilder csv = new StringBuilder("measure,period,value\n");
        for (int month = 1; month <= 9; month++) {
            csv.append("training,2026-%02d,9\n".formatted(month));
        }
        StrategyDir strategy = StrategyDir.valid(dir).write("measurements/actuals.csv", csv.toString()
                + "revenue,2026-09,90\nnps,2026-09,25\ndefects,2026-09,7\n");

        assertReports(strategy, "BSC109 measures/training.yaml:7");
        assertFalse(strategy.problemLines().contains("BSC109 measures/revenue.yaml:7"));
    }

    @Test
    void warnsAboutAnInitiativeWithoutOwnerUnlessItIsFinished() {
        StrategyDir strategy = StrategyDir.valid(dir)
                .write("initiatives/orphan.md", "---\nname: Orphan\nstatus: active\n---\n")
                .write("initiatives/old.md", "---\nname: Old\nstatus: done\n---\n");

        List<String> lines = strategy.problemLines();

        assertTrue(lines.contains("BSC107 initiatives/orphan.md:2"), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("old.md")), lines.toString());
    }

    @Test
    void aDisabledCodeIsNotReportedButAlwaysOnCodesCannotBeDisabled() {
        StrategyDir strategy = StrategyDir.valid(dir)
                .write("initiatives/orphan.md", "---\nname: Orphan\nstatus: active\n---\n")
                .write("measures/broken.yaml", "name: [x\n");
        var options = new dev.bscportal.core.engine.CheckOptions(
                java.util.Set.of(dev.bscportal.core.problem.ProblemCode.INITIATIVE_WITHOUT_OWNER,
                        dev.bscportal.core.problem.ProblemCode.MALFORMED_YAML),
                false, dev.bscportal.core.load.LoadLimits.DEFAULTS);

        List<String> lines = new dev.bscportal.core.engine.StrategyChecker(options).check(dir).problems().stream()
                .map(StrategyDir::line).toList();

        assertFalse(lines.contains("BSC107 initiatives/orphan.md:2"), lines.toString());
        assertTrue(lines.contains("BSC001 measures/broken.yaml:1"), lines.toString());
    }
}
