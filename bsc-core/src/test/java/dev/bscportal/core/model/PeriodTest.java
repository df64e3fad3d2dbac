package dev.bscportal.core.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026", "2026-Q1", "2026-Q4", "2026-01", "2026-12", "2026-W01", "2026-W53", "2020-W53"})
    void parsesAndPrintsTheSameText(String text) {
        assertEquals(text, Period.parse(text).orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "26", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2025-W53", "2026-W00", "2026-3",
            "2026/03", "March 2026", "2026-03-01", "1800", "../2026"})
    void rejectsMalformedOrOutOfRangePeriods(String text) {
        assertTrue(Period.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-02, QUARTERLY, 2026-Q1",
            "2026-03, QUARTERLY, 2026-Q1",
            "2026-04, YEARLY, 2026",
            "2026-Q4, YEARLY, 2026",
            "2026-W01, MONTHLY, 2026-01",
            "2026-W53, QUARTERLY, 2027-Q1"})
    void rollsUpToTheCoarserPeriodContainingItsEnd(String fine, Frequency coarser, String expected) {
        assertEquals(expected, Period.parse(fine).orElseThrow().rollUpTo(coarser).toString());
    }

    @Test
    void stepsBackAndForwardAcrossYearBoundaries() {
        assertEquals("2025-12", Period.month(2026, 1).previous().toString());
        assertEquals("2025-Q4", Period.quarter(2026, 1).previous().toString());
        assertEquals("2027-W01", Period.parse("2026-W53").orElseThrow().next().toString());
        assertEquals("2025", Period.year(2026).previous().toString());
    }

    @Test
    void knowsItsFirstAndLastDay() {
        assertEquals(LocalDate.of(2026, 4, 1), Period.quarter(2026, 2).startDate());
        assertEquals(LocalDate.of(2026, 6, 30), Period.quarter(2026, 2).endDate());
        assertEquals(LocalDate.of(2024, 2, 29), Period.month(2024, 2).endDate());
        assertEquals(LocalDate.of(2026, 1, 4), Period.week(2026, 1).endDate());
    }

    @Test
    void ordersByEndDateWithMonthsBeforeTheirQuarter() {
        List<Period> periods = new ArrayList<>(List.of(
                Period.quarter(2026, 1), Period.month(2026, 3), Period.year(2025), Period.month(2026, 1)));
        periods.sort(null);
        assertEquals("[2025, 2026-01, 2026-03, 2026-Q1]", periods.toString());
    }
}
