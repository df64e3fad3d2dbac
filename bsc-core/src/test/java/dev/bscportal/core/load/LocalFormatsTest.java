package dev.bscportal.core.load;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A date, period or number written as a spreadsheet or another language writes it gets the form the format reads
 * suggested in its problem ("'01.03.2027' is not a date. Did you mean '2027-03-01'?"); an ambiguous one gets none.
 */
class LocalFormatsTest {

    @ParameterizedTest
    @CsvSource({"01.03.2027,2027-03-01", "1.3.2027,2027-03-01", "31. 12. 2026,2026-12-31", "2027/12/31,2027-12-31",
            "2026-3-1,2026-03-01", "2026.03.01,2026-03-01", "25/12/2026,2026-12-25", "12/25/2026,2026-12-25"})
    void aDateInAnotherUnambiguousFormIsReadAsTheDateMeant(String written, String meant) {
        assertEquals(Optional.of(meant), LocalFormats.dateOf(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03/04/2027", "31.02.2026", "2026-13-01", "next week", "2026", ""})
    void anAmbiguousOrImpossibleDateGetsNoSuggestion(String written) {
        assertEquals(Optional.empty(), LocalFormats.dateOf(written));
    }

    @ParameterizedTest
    @CsvSource({"Q4/2026,2026-Q4", "q1 2026,2026-Q1", "2026 Q2,2026-Q2", "2026/Q3,2026-Q3", "Q3-2026,2026-Q3",
            "10/2026,2026-10", "3.2026,2026-03", "2026/7,2026-07", "2026-3,2026-03", "KW 7 2026,2026-W07",
            "W12/2026,2026-W12", "2026 W07,2026-W07"})
    void aPeriodInAnotherFormIsReadAsThePeriodMeant(String written, String meant) {
        assertEquals(Optional.of(meant), LocalFormats.periodOf(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q5/2026", "13/2026", "W54 2026", "H1 2026", "FY26", "Oct 2026"})
    void anImpossibleOrUnknownPeriodGetsNoSuggestion(String written) {
        assertEquals(Optional.empty(), LocalFormats.periodOf(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"71,5|71.5", "-0,25|-0.25", "1.234,5|1234.5", "1.234.567,89|1234567.89",
            "1,234.5|1234.5", "1,234,567|1234567", "1 234|1234", "1.234.567|1234567", "80 %|80", "€ 12.5|12.5", "12 EUR|12"})
    void aNumberWithADecimalCommaGroupingOrAUnitIsReadAsTheNumberMeant(String written, String meant) {
        assertEquals(Optional.of(meant), LocalFormats.numberOf(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234", "12,345", "1.234,5.6", "n/a", "ten", "1,2,3"})
    void anAmbiguousNumberGetsNoSuggestion(String written) {
        assertEquals(Optional.empty(), LocalFormats.numberOf(written));
    }
}
