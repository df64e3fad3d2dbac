package dev.bscportal.core.load;

import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Theme;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The loader keeps the order the author wrote (docs/format.md, "Order"), never an order of its own. */
class AuthoredOrderTest {

    @TempDir
    Path dir;

    private Scorecard load(StrategyDir strategy) {
        LoadResult result = new StrategyLoader().load(strategy.path());
        assertEquals(List.of(), result.problems().stream().map(StrategyDir::line).toList());
        return result.strategy().orElseThrow().company();
    }

    private static String yaml(String listKey, List<String> ids) {
        StringBuilder yaml = new StringBuilder(listKey + ":\n");
        for (String id : ids) {
            yaml.append("  - id: ").append(id).append("\n    name: Name of ").append(id).append('\n');
        }
        return yaml.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"citizens,stewardship,processes,capacity", "zz,aa,mm", "b,a", "learning,internal,customer,financial"})
    void perspectivesAndThemesComeOutInTheOrderStrategyYamlDeclaresThem(String written) {
        // given a strategy.yaml that lists perspectives and themes in an order that is not the id order
        List<String> ids = Arrays.asList(written.split(","));
        StrategyDir strategy = StrategyDir.empty(dir).write("strategy.yaml",
                "name: Order\n" + yaml("perspectives", ids) + yaml("themes", ids));

        // when it is loaded
        Scorecard company = load(strategy);

        // then both lists are in the written order
        assertEquals(ids, company.perspectives().stream().map(Perspective::id).toList());
        assertEquals(ids, company.themes().stream().map(Theme::id).toList());
    }

    @Test
    void theDefaultPerspectivesRunFinancialCustomerInternalLearning() {
        Scorecard company = load(StrategyDir.empty(dir).write("strategy.yaml", "name: Defaults\n"));

        assertEquals(List.of("financial", "customer", "internal", "learning"),
                company.perspectives().stream().map(Perspective::id).toList());
    }

    @Test
    void objectivesWithAnOrderComeFirstByThatNumberThenTheOthersByFileName() {
        // given one perspective with objectives numbered against their file names, and two without a number
        StrategyDir strategy = StrategyDir.empty(dir).write("strategy.yaml", "name: Order\n" + yaml("perspectives", List.of("only")));
        objective(strategy, "alpha", "order: 3");
        objective(strategy, "beta", "order: 1");
        objective(strategy, "gamma", "order: 2");
        objective(strategy, "delta", "");
        objective(strategy, "aardvark", "");
        objective(strategy, "omega", "order: 0");

        // when it is loaded
        Scorecard company = load(strategy);

        // then numbered ones come first (0 before 1), then the rest by file name
        assertEquals(List.of("omega", "beta", "gamma", "alpha", "aardvark", "delta"),
                company.objectives().stream().map(Objective::id).toList());
    }

    @Test
    void objectivesAreGroupedByTheDeclaredPerspectiveOrderAndTiesFallBackToFileName() {
        // given two rows declared bottom-id-first and objectives whose file names would interleave them
        StrategyDir strategy = StrategyDir.empty(dir).write("strategy.yaml", "name: Order\n" + yaml("perspectives", List.of("top", "bottom")));
        objective(strategy, "a-low", "order: 1", "bottom");
        objective(strategy, "b-high", "order: 2", "top");
        objective(strategy, "c-high", "order: 2", "top");
        objective(strategy, "d-high", "order: 1", "top");

        // then the top row comes first, in its own order, ties by file name
        assertEquals(List.of("d-high", "b-high", "c-high", "a-low"),
                load(strategy).objectives().stream().map(Objective::id).toList());
    }

    @Test
    void unitsComeInTheOrderOfTheirFolderNames() {
        // given units whose names would sort differently from their folders
        StrategyDir strategy = StrategyDir.empty(dir).write("strategy.yaml", "name: Company\n");
        for (String unit : List.of("zeta", "alpha", "mid")) {
            strategy.write("units/" + unit + "/strategy.yaml", "name: " + ("alpha".equals(unit) ? "Zulu" : "Alpha " + unit) + "\n");
        }

        // then the units come alphabetically by folder
        assertEquals(List.of("alpha", "mid", "zeta"), load(strategy).units().stream().map(Scorecard::unitId).toList());
    }

    private static void objective(StrategyDir strategy, String id, String orderLine) {
        objective(strategy, id, orderLine, "only");
    }

    private static void objective(StrategyDir strategy, String id, String orderLine, String perspective) {
        strategy.write("objectives/" + id + ".md", "---\nname: " + id + "\nperspective: " + perspective + "\n"
                + (orderLine.isEmpty() ? "" : orderLine + "\n") + "---\nWhy.\n");
    }
}
