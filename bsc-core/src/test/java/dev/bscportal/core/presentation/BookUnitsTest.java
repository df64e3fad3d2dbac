package dev.bscportal.core.presentation;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bookUnits value: all, none or unit paths; what it selects; which listed units a strategy lacks. */
class BookUnitsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"all", "ALL", " All ", ""})
    void givenAllOrNothingWrittenThenEveryUnitIsSelected(String value) {
        assertEquals(Optional.of(BookUnits.ALL), BookUnits.parse(value));
        assertEquals("all", BookUnits.parse(value).orElseThrow().id());
    }

    @Test
    void givenNoValueThenEveryUnitIsSelected() {
        assertEquals(Optional.of(BookUnits.ALL), BookUnits.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "NONE", " none"})
    void givenNoneThenNoUnitIsSelected(String value) {
        assertEquals(Optional.of(BookUnits.NONE), BookUnits.parse(value));
        assertEquals("none", BookUnits.NONE.id());
    }

    @Test
    void givenPathsWithSpacesAndARepeatThenEachIsKeptOnceInTheOrderWritten() {
        BookUnits units = BookUnits.parse(" sales , sales/emea,operations,sales").orElseThrow();
        assertEquals(List.of("sales", "sales/emea", "operations"), units.units());
        assertEquals("sales,sales/emea,operations", units.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sales,,operations", "sales,", "../etc", "sales/../x", "/sales", "sales/", "sales;operations",
            "sales operations", "<script>", "sales\u0000", "vertrieb-münchen"})
    void givenSomethingThatIsNoListOfUnitPathsThenItIsRefused(String value) {
        assertEquals(Optional.empty(), BookUnits.parse(value), value);
    }

    @Test
    void givenAStrategyWithUnitsThenTheCompanyIsAlwaysSelectedAndUnitsAsListed() {
        StrategyDir strategy = StrategyDir.valid(dir.resolve("s"));
        strategy.write("units/sales/strategy.yaml", "name: Sales\n");
        strategy.write("units/sales/units/emea/strategy.yaml", "name: EMEA\n");
        strategy.write("units/operations/strategy.yaml", "name: Operations\n");
        CheckResult checked = strategy.check();
        List<Scorecard> cards = checked.strategy().orElseThrow().allScorecards();
        Scorecard company = cards.stream().filter(Scorecard::isCompany).findFirst().orElseThrow();
        Scorecard emea = cards.stream().filter(s -> s.path().equals("sales/emea")).findFirst().orElseThrow();
        Scorecard sales = cards.stream().filter(s -> s.path().equals("sales")).findFirst().orElseThrow();

        BookUnits listed = BookUnits.parse("sales/emea").orElseThrow();
        assertTrue(listed.includes(company));
        assertTrue(listed.includes(emea));
        assertFalse(listed.includes(sales), "a unit of a listed unit's parent is not selected by it");
        assertTrue(BookUnits.NONE.includes(company));
        assertFalse(BookUnits.NONE.includes(sales));
        assertTrue(BookUnits.ALL.includes(emea));

        assertEquals(List.of(), BookUnits.parse("sales,sales/emea,operations").orElseThrow().unknownIn(checked.strategy().orElseThrow()));
        assertEquals(List.of("emea", "finance"),
                BookUnits.parse("emea,sales,finance").orElseThrow().unknownIn(checked.strategy().orElseThrow()));
    }
}
