package dev.bscportal.core.validate;

import dev.bscportal.core.problem.AllowedValues;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A hint that lists what may be written says what to do when there is nothing to list, never "Use one of: .". */
class EmptyChoicesHintTest {

    @TempDir
    Path dir;

    @Test
    void givenAnEmptyPerspectivesListWhenCheckedThenTheHintSaysToDeclareOneOrRemoveTheKey() {
        // given perspectives: [] in strategy.yaml
        StrategyDir strategy = StrategyDir.valid(dir).write("strategy.yaml", "name: Test Company\nperspectives: []\n");
        // when checked
        List<Problem> unknown = unknownPerspectives(strategy);
        // then each objective's BSC043 says how to get perspectives, naming the file
        assertEquals(4, unknown.size(), unknown.toString());
        for (Problem p : unknown) {
            assertFalse(p.hint().contains("one of: ."), p.hint());
            assertTrue(p.hint().contains("strategy.yaml declares no perspectives") && p.hint().contains("remove the key"), p.hint());
        }
    }

    @Test
    void givenPerspectivesWhoseEntriesAreAllUnreadableWhenCheckedThenTheHintIsTheSame() {
        StrategyDir strategy = StrategyDir.valid(dir).write("strategy.yaml", "name: Test Company\nperspectives:\n  - name: No id\n");
        List<Problem> unknown = unknownPerspectives(strategy);
        assertEquals(4, unknown.size());
        assertTrue(unknown.get(0).hint().contains("declares no perspectives"), unknown.get(0).hint());
    }

    @Test
    void givenAUnitWithAnEmptyPerspectivesListWhenCheckedThenTheHintNamesTheUnitsFile() {
        StrategyDir strategy = StrategyDir.valid(dir).write("units/sales/strategy.yaml", "name: Sales\nperspectives: []\n")
                .write("units/sales/objectives/s1.md", "---\nname: S1\nperspective: customer\n---\n");
        List<Problem> unknown = unknownPerspectives(strategy);
        assertEquals(1, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).hint().startsWith("units/sales/strategy.yaml declares no perspectives"), unknown.get(0).hint());
    }

    @Test
    void givenNoThemesWhenAnObjectiveNamesOneThenTheHintSaysToDeclareIt() {
        StrategyDir strategy = StrategyDir.valid(dir).write("strategy.yaml", "name: Test Company\nthemes: []\n")
                .write("objectives/c1.md", "---\nname: C1\nperspective: customer\nthemes: [growth]\n---\n");
        Problem theme = strategy.check().problems().stream().filter(p -> p.code() == ProblemCode.UNKNOWN_THEME).findFirst().orElseThrow();
        assertTrue(theme.hint().startsWith("Declare it under themes in strategy.yaml"), theme.hint());
    }

    @Test
    void givenValuesWhenAHintListsThemThenTheyAreJoinedAndGivenNoneTheAlternativeIsUsed() {
        assertEquals("Use one of: a, b.", AllowedValues.useOneOf(List.of("a", "b"), "none"));
        assertEquals("Declare one first.", AllowedValues.useOneOf(List.of(), "Declare one first."));
        assertEquals("Allowed keys: id.", AllowedValues.list("Allowed keys: ", List.of("id"), "no keys"));
    }

    @Test
    void givenDeclaredPerspectivesWhenOneIsMisspeltThenTheHintListsThem() {
        StrategyDir strategy = StrategyDir.valid(dir).write("objectives/c1.md", "---\nname: C1\nperspective: customr\n---\n");
        List<Problem> unknown = unknownPerspectives(strategy);
        assertEquals("Use one of: financial, customer, internal, learning.", unknown.get(0).hint());
    }

    private static List<Problem> unknownPerspectives(StrategyDir strategy) {
        return strategy.check().problems().stream().filter(p -> p.code() == ProblemCode.UNKNOWN_PERSPECTIVE).toList();
    }
}
