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

    /** The regular expressions the text forms are defined by (docs/format.md), as the parser's reference. */
    private static final java.util.List<java.util.regex.Pattern> FORMS = java.util.List.of(
            java.util.regex.Pattern.compile("\\d{4}"), java.util.regex.Pattern.compile("\\d{4}-Q[1-4]"),
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}"), java.util.regex.Pattern.compile("\\d{4}-W\\d{2}"));

    @Test
    void parsesExactlyTheTextsOfTheFourFormsAndRejectsEverythingElse() {
        // given random short texts over the characters periods are made of, plus every real period of some years
        java.util.Random random = new java.util.Random(7);
        String alphabet = "0123456789-QWq w\u0661";
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            StringBuilder b = new StringBuilder(random.nextBoolean() ? "20" : "");
            int n = random.nextInt(9);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        for (int year = 1899; year <= 3000; year += 37) {
            for (int index = 0; index <= 54; index++) {
                texts.add(String.format(java.util.Locale.ROOT, "%d-%02d", year, index));
                texts.add(String.format(java.util.Locale.ROOT, "%d-W%02d", year, index));
                texts.add(year + "-Q" + index);
            }
        }
        for (String text : texts) {
            // then a text parses exactly when it has one of the forms and its numbers are in range
            String trimmed = text.trim();
            boolean hasForm = FORMS.stream().anyMatch(p -> p.matcher(trimmed).matches());
            java.util.Optional<Period> parsed = Period.parse(text);
            if (!hasForm) {
                assertTrue(parsed.isEmpty(), "'" + text + "' is not a period");
            } else if (inRange(trimmed)) {
                assertTrue(parsed.isPresent(), "'" + text + "' is a valid period");
                assertEquals(trimmed, parsed.get().toString(), "'" + text + "' reads back as itself");
            } else {
                assertTrue(parsed.isEmpty(), "'" + text + "' has a number out of range");
            }
        }
    }


    /** The reference for a text of one of the forms: years 1900-2999, months 1-12, ISO weeks of that year. */
    private static boolean inRange(String text) {
        int year = Integer.parseInt(text.substring(0, 4));
        if (year < 1900 || year > 2999) {
            return false;
        }
        if (text.length() == 4 || text.charAt(5) == 'Q') {
            return true;
        }
        if (text.charAt(5) == 'W') {
            int week = Integer.parseInt(text.substring(6));
            int weeksInYear = LocalDate.of(year, 12, 28).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            return week >= 1 && week <= weeksInYear;
        }
        int month = Integer.parseInt(text.substring(5));
        return month >= 1 && month <= 12;
    }

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
