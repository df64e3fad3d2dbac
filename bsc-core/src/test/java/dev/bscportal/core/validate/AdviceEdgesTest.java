package dev.bscportal.core.validate;

import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The method's advice (BSC100-BSC109) at the edges of each limit, on real files. */
class AdviceEdgesTest {

    @TempDir
    Path dir;

    private static List<String> lines(StrategyDir strategy, String code) {
        return strategy.problemLines().stream().filter(l -> l.startsWith(code + " ")).toList();
    }

    @ParameterizedTest(name = "{0} customer objectives")
    @ValueSource(ints = {5, 6})
    void moreThanFiveObjectivesInAPerspectiveIsAdvisedAgainstAtTheSixth(int count) {
        StrategyDir strategy = StrategyDir.valid(dir);
        IntStream.rangeClosed(2, count).forEach(i -> strategy.objective("c" + i, "customer", "[f1]")
                .measure("m" + i, "c" + i, "leading", "higher-is-better", 1, 2, 3));

        assertEquals(count == 5 ? List.of() : List.of("BSC100 objectives/c6.md:3"), lines(strategy, "BSC100"));
    }

    @ParameterizedTest(name = "{0} measures on one objective")
    @ValueSource(ints = {3, 4})
    void moreThanThreeMeasuresOnAnObjectiveIsAdvisedAgainst(int count) {
        StrategyDir strategy = StrategyDir.valid(dir);
        IntStream.rangeClosed(2, count).forEach(i -> strategy.measure("nps" + i, "c1", "leading", "higher-is-better", 1, 2, 3));

        assertEquals(count == 3 ? List.of() : List.of("BSC102 objectives/c1.md:2"), lines(strategy, "BSC102"));
    }

    @Test
    void anArrowFromTheTopPerspectiveDownIsReported() {
        StrategyDir strategy = StrategyDir.valid(dir).objective("f1", "financial", "[c1]");

        assertTrue(lines(strategy, "BSC103").contains("BSC103 objectives/f1.md:5"), strategy.problemLines().toString());
    }

    @Test
    void twoUnlinkedObjectivesAreEachIsolatedButASingleObjectiveIsNot() {
        StrategyDir two = StrategyDir.empty(dir).write("strategy.yaml", "name: Two\n")
                .objective("f1", "financial", "[]").objective("c1", "customer", "[]")
                .measure("revenue", "f1", "lagging", "higher-is-better", 80, 100, 120)
                .measure("nps", "c1", "leading", "higher-is-better", 20, 30, 40);

        assertEquals(List.of("BSC104 objectives/c1.md:2", "BSC104 objectives/f1.md:2"), lines(two, "BSC104"));

        two.delete("objectives/c1.md").delete("measures/nps.yaml");
        assertEquals(List.of(), lines(two, "BSC104"));
    }

    @Test
    void aPerspectiveWithALeadingMeasureBesideLaggingOnesIsNotOnlyLagging() {
        StrategyDir strategy = StrategyDir.valid(dir)
                .measure("cycle-time", "p1", "lagging", "lower-is-better", 10, 5, 2);

        assertEquals(List.of(), lines(strategy, "BSC105"), "defects is leading");

        strategy.measure("defects", "p1", "lagging", "lower-is-better", 10, 5, 2);
        assertEquals(1, lines(strategy, "BSC105").size(), strategy.problemLines().toString());
    }

    @Test
    void anOffTargetMeasureIsCoveredByAnActiveInitiativeNamingItOrItsObjectiveButNotByAFinishedOne() {
        StrategyDir strategy = StrategyDir.valid(dir).write("measurements/actuals.csv", """
                measure,period,value
                revenue,2026-08,50
                revenue,2026-09,50
                nps,2026-09,32
                defects,2026-09,4
                training,2026-09,9
                """);
        assertEquals(List.of("BSC106 measures/revenue.yaml:1"), lines(strategy, "BSC106"));

        strategy.write("initiatives/push.md", initiative("active", "measures: [revenue]"));
        assertEquals(List.of(), lines(strategy, "BSC106"), "names the measure");

        strategy.write("initiatives/push.md", initiative("active", "objectives: [f1]"));
        assertEquals(List.of(), lines(strategy, "BSC106"), "names its objective");

        strategy.write("initiatives/push.md", initiative("done", "objectives: [f1]"));
        assertEquals(List.of("BSC106 measures/revenue.yaml:1"), lines(strategy, "BSC106"), "a finished initiative works on nothing");
    }

    private static String initiative(String status, String link) {
        return """
                ---
                name: Push sales
                owner: Mia
                status: %s
                %s
                ---
                Sell more.
                """.formatted(status, link);
    }

    @Test
    void aYearlyMeasureIsNeverOnTargetTooLongBecauseItHasNoQuarters() {
        StrategyDir strategy = StrategyDir.valid(dir).write("measures/revenue.yaml", """
                name: Revenue
                objective: f1
                kind: lagging
                polarity: higher-is-better
                frequency: yearly
                threshold: 80
                target: 100
                stretch: 120
                """).write("measurements/actuals.csv", """
                measure,period,value
                revenue,2023,110
                revenue,2024,110
                revenue,2025,110
                nps,2026-09,32
                defects,2026-09,4
                training,2026-09,9
                """);

        assertEquals(List.of(), lines(strategy, "BSC109"), strategy.problemLines().toString());
    }

    @Test
    void problemsFromEveryRuleComeOutInReadingOrder() {
        StrategyDir strategy = StrategyDir.valid(dir).objective("c1", "customer", "[f9]")
                .objective("f1", "financial", "[c1]")
                .measure("nps", "c1", "lagging", "higher-is-better", 40, 30, 20);

        List<String> lines = strategy.problemLines();

        List<String> sorted = lines.stream().sorted((a, b) -> {
            String[] x = a.split(" ")[1].split(":");
            String[] y = b.split(" ")[1].split(":");
            int byFile = x[0].compareTo(y[0]);
            return byFile != 0 ? byFile : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        }).toList();
        assertTrue(lines.size() >= 3, lines.toString());
        assertEquals(sorted, lines);
    }
}
