package dev.bscportal.core.validate;

import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** BSC114: two objectives of one perspective with the same `order`. */
class ObjectiveOrderRuleTest {

    @TempDir
    Path dir;

    private static void numbered(StrategyDir strategy, String id, String perspective, String order, String drives) {
        strategy.write("objectives/" + id + ".md", "---\nname: Objective " + id + "\nperspective: " + perspective
                + "\norder: " + order + "\nowner: Owner\ndrives: " + drives + "\n---\nWhy.\n")
                .measure("m-" + id, id, "leading", "higher-is-better", 1, 2, 3);
    }

    private static List<String> ties(StrategyDir strategy) {
        return strategy.problemLines().stream().filter(l -> l.startsWith("BSC114")).toList();
    }

    @Test
    void aSecondObjectiveWithTheSameNumberInAPerspectiveIsReportedOnceAtItsOrderLine() {
        // given three customer objectives, two sharing number 2
        StrategyDir strategy = StrategyDir.valid(dir);
        numbered(strategy, "c2", "customer", "2", "[f1]");
        numbered(strategy, "c3", "customer", "2", "[f1]");
        numbered(strategy, "c4", "customer", "3", "[f1]");

        // then the later by file name is reported
        assertEquals(List.of("BSC114 objectives/c3.md:4"), ties(strategy));
    }

    @Test
    void theSameNumberInDifferentPerspectivesOrDistinctNumbersAreFine() {
        StrategyDir strategy = StrategyDir.valid(dir);
        numbered(strategy, "c2", "customer", "1", "[f1]");
        numbered(strategy, "f2", "financial", "1", "[]");
        numbered(strategy, "p2", "internal", "1", "[c1]");
        numbered(strategy, "p3", "internal", "2", "[c1]");

        assertEquals(List.of(), ties(strategy));
    }
}
