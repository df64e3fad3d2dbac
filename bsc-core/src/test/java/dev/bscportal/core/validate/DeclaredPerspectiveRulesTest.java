package dev.bscportal.core.validate;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.Severity;
import dev.bscportal.core.testing.StrategyDir;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The direction and leading-measure rules read the perspectives the strategy declares, in the order it declares
 * them, and speak of them by the strategy's own names.
 */
class DeclaredPerspectiveRulesTest {

    static final Path PUBLIC_SECTOR = Path.of("src/test/resources/strategies/public-sector");

    @TempDir
    Path dir;

    private static List<Problem> problems(Path strategy, String code) {
        CheckResult result = new StrategyChecker(CheckOptions.DEFAULTS).check(strategy);
        return result.problems().stream().filter(p -> p.code().code().equals(code)).toList();
    }

    /** A strategy whose rows are, top to bottom, {@code ids} (named "Row <id>"), with one objective per row. */
    private StrategyDir rows(String... ids) {
        StringBuilder yaml = new StringBuilder("name: Rows\nperspectives:\n");
        for (String id : ids) {
            yaml.append("  - id: ").append(id).append("\n    name: Row ").append(id).append('\n');
        }
        StrategyDir strategy = StrategyDir.empty(dir).write("strategy.yaml", yaml.toString());
        for (String id : ids) {
            strategy.objective("o-" + id, id, "[]").measure("m-" + id, "o-" + id, "leading", "higher-is-better", 1, 2, 3);
        }
        return strategy;
    }

    @Test
    void thePublicSectorStrategyWithItsUpwardArrowsLoadsWithoutErrorsAndWithoutDownwardWarnings() {
        // given the city's scorecard: residents on top, capacity at the bottom, every arrow drawn upward
        CheckResult result = new StrategyChecker(CheckOptions.DEFAULTS).check(PUBLIC_SECTOR);

        // then nothing is an error and no arrow is called downward
        assertEquals(List.of(), result.problems().stream().filter(p -> p.severity() == Severity.ERROR)
                .map(StrategyDir::line).toList());
        assertEquals(List.of(), problems(PUBLIC_SECTOR, "BSC103"));
    }

    @Test
    void aRealDownwardArrowInThePublicSectorStrategyIsReportedInItsOwnWords() throws Exception {
        // given the city's scorecard where a resident outcome "drives" a capacity objective
        Path copy = TreeCopy.copy(PUBLIC_SECTOR, dir.resolve("city"));
        StrategyDir strategy = StrategyDir.empty(copy);
        String file = java.nio.file.Files.readString(copy.resolve("objectives/trusted-services.md"))
                .replace("drives: []", "drives: [one-council]");
        strategy.write("objectives/trusted-services.md", file);

        // when it is checked
        List<Problem> down = problems(copy, "BSC103");

        // then exactly that arrow is reported, with the strategy's perspective names and its own bottom-to-top order
        assertEquals(1, down.size(), down.toString());
        Problem p = down.get(0);
        assertEquals("objectives/trusted-services.md", p.position().file());
        assertTrue(p.message().contains("(Residents & community)") && p.message().contains("(Organisational capacity)"),
                p.message());
        assertTrue(p.hint().contains("Organisational capacity -> Internal processes -> Financial stewardship -> Residents & community"),
                p.hint());
        for (String classic : List.of("Learning & Growth", "Internal -> ", "Customer -> ", "-> Financial)")) {
            assertFalse(p.message().contains(classic) || p.hint().contains(classic), classic + " in " + p);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b,c", "c,b,a", "b,a,c", "zeta,alpha"})
    void theDirectionOfAnArrowFollowsTheDeclaredRowsNotTheIds(String order) {
        // given rows declared in some order, and an arrow from the bottom row to the top row and one back down
        String[] ids = order.split(",");
        String top = ids[0];
        String bottom = ids[ids.length - 1];
        StrategyDir strategy = rows(ids);
        strategy.objective("o-" + bottom, bottom, "[o-" + top + "]");
        strategy.objective("x-" + top, top, "[o-" + bottom + "]")
                .measure("m-x", "x-" + top, "leading", "higher-is-better", 1, 2, 3);

        // when it is checked
        List<Problem> down = problems(strategy.path(), "BSC103");

        // then only the arrow from the top row down is reported
        assertEquals(List.of("objectives/x-" + top + ".md"), down.stream().map(p -> p.position().file()).toList());
        assertTrue(down.get(0).message().contains("(Row " + top + ")"), down.get(0).message());
    }

    @Test
    void anUnknownPerspectiveIsAnsweredWithTheDeclaredIdsInTheirOrderNotTheClassicFour() throws Exception {
        // given the city's scorecard with an objective filed under the classic "learning"
        Path copy = TreeCopy.copy(PUBLIC_SECTOR, dir.resolve("city"));
        String file = java.nio.file.Files.readString(copy.resolve("objectives/modern-it.md"))
                .replace("perspective: capacity", "perspective: learning");
        StrategyDir.empty(copy).write("objectives/modern-it.md", file);

        // then BSC043 offers the strategy's own perspectives, top to bottom
        List<Problem> unknown = problems(copy, "BSC043");
        assertEquals(1, unknown.size(), unknown.toString());
        assertEquals("Use one of: citizens, stewardship, processes, capacity.", unknown.get(0).hint());
    }

    @Test
    void laggingMeasuresInTheTopPerspectiveAreWhatTheMethodExpects() {
        // given a custom strategy whose top row (declared first) is measured by two lagging outcomes only
        StrategyDir strategy = rows("outcomes", "money", "work");
        strategy.measure("m-outcomes", "o-outcomes", "lagging", "higher-is-better", 1, 2, 3)
                .measure("satisfaction", "o-outcomes", "lagging", "higher-is-better", 1, 2, 3);

        // then BSC105 stays quiet about it
        assertEquals(List.of(), problems(strategy.path(), "BSC105"));
    }

    @Test
    void laggingMeasuresOnlyInASecondPerspectiveAreStillReportedWithItsName() {
        // given the same strategy, with the second row measured by lagging outcomes only
        StrategyDir strategy = rows("outcomes", "money", "work");
        strategy.measure("m-money", "o-money", "lagging", "higher-is-better", 1, 2, 3)
                .measure("reserves", "o-money", "lagging", "higher-is-better", 1, 2, 3);

        // then BSC105 reports the second row by its declared name
        List<Problem> lagging = problems(strategy.path(), "BSC105");
        assertEquals(1, lagging.size(), lagging.toString());
        assertTrue(lagging.get(0).message().contains("Row money"), lagging.get(0).message());
    }

    @Test
    void withTheDefaultPerspectivesFinancialOnTopIsNotCheckedForLaggingMeasures() {
        // given the classic four (financial on top) and a second lagging measure on the financial objective
        StrategyDir strategy = StrategyDir.valid(dir).measure("margin", "f1", "lagging", "higher-is-better", 1, 2, 3);

        // then BSC105 stays quiet
        assertEquals(List.of(), problems(strategy.path(), "BSC105"));
    }
}
