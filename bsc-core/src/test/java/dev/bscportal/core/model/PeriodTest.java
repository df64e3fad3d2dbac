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
        for (int year = 1899; year <= 9996; year += 37) {
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


    /** The reference for a text of one of the forms: years 1900-9995 (independent of Period.MIN_YEAR/MAX_YEAR), months 1-12, ISO weeks of that year. */
    private static boolean inRange(String text) {
        int year = Integer.parseInt(text.substring(0, 4));
        if (year < 1900 || year > 9995) {
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
        assertEquals("2025-12", Period.month(2026, 1).previous().orElseThrow().toString());
        assertEquals("2025-Q4", Period.quarter(2026, 1).previous().orElseThrow().toString());
        assertEquals("2027-W01", Period.parse("2026-W53").orElseThrow().next().orElseThrow().toString());
        assertEquals("2025", Period.year(2026).previous().orElseThrow().toString());
    }

    /** Every period of every granularity in the first and last supported years (the edges of the range). */
    private static List<Period> edgePeriods() {
        List<Period> periods = new ArrayList<>();
        for (int year : new int[] {Period.MIN_YEAR, Period.MIN_YEAR + 1, Period.MAX_YEAR - 1, Period.MAX_YEAR}) {
            periods.add(Period.year(year));
            for (int q = 1; q <= 4; q++) {
                periods.add(Period.quarter(year, q));
            }
            for (int m = 1; m <= 12; m++) {
                periods.add(Period.month(year, m));
            }
            for (int w = 1; Period.parse(String.format(java.util.Locale.ROOT, "%d-W%02d", year, w)).isPresent(); w++) {
                periods.add(Period.week(year, w));
            }
        }
        return periods;
    }

    @Test
    void everyOperationOnThePeriodsAtTheEdgesOfTheRangeGivesAPeriodInRangeOrEmptyNeverAnException() {
        // given every period of the first two and the last two supported years, of every granularity
        for (Period p : edgePeriods()) {
            // when each operation runs; then none throws, and every result lies in the supported range
            assertTrue(Period.supports(p.startDate()) && Period.supports(p.endDate()), p + " lies in range");
            for (Frequency coarser : Frequency.values()) {
                if (coarser.ordinal() >= p.granularity().ordinal()) {
                    Period up = p.rollUpTo(coarser);
                    assertTrue(!up.endDate().isBefore(p.endDate()) && !up.startDate().isAfter(p.endDate()), p + " in " + up);
                }
                Period.containing(p.startDate(), coarser);
                Period.containing(p.endDate(), coarser);
            }
            p.previous().ifPresent(before -> assertEquals(p, before.next().orElseThrow(), "next of previous of " + p));
            p.next().ifPresent(after -> assertEquals(p, after.previous().orElseThrow(), "previous of next of " + p));
            assertEquals(p.startDate().equals(Period.MIN_DATE), p.previous().isEmpty(), "previous of " + p);
            assertEquals(p.endDate().equals(Period.MAX_DATE), p.next().isEmpty(), "next of " + p);
            List<Period> last = p.lastPeriods(200);
            assertEquals(p, last.get(last.size() - 1));
            assertTrue(last.size() == 200 || last.get(0).startDate().equals(Period.MIN_DATE), "history of " + p);
            for (int i = 1; i < last.size(); i++) {
                assertTrue(last.get(i - 1).compareTo(last.get(i)) < 0, "history of " + p + " ascends");
            }
            assertEquals(p, Period.parse(p.toString()).orElseThrow(), p + " reads back");
        }
    }

    @Test
    void theRangeBeginsWithTheFirstIsoWeekAndEndsWithTheLastSoWeeksNeverStraddleItsEdges() {
        assertEquals(Period.MIN_DATE, Period.week(Period.MIN_YEAR, 1).startDate());
        assertEquals(Period.MAX_DATE, Period.containing(Period.MAX_DATE, Frequency.WEEKLY).endDate());
        assertEquals(Period.MAX_YEAR, Period.containing(Period.MAX_DATE, Frequency.WEEKLY).year());
    }

    @Test
    void theFirstPeriodsHaveShorterHistoriesAndTheFirstOneNone() {
        assertEquals(List.of(Period.month(1900, 1), Period.month(1900, 2)), Period.month(1900, 2).lastPeriods(6));
        assertEquals(List.of(Period.month(1900, 1)), Period.month(1900, 1).lastPeriods(6));
        assertTrue(Period.week(1900, 1).previous().isEmpty());
        assertTrue(Period.year(9995).next().isEmpty());
        assertTrue(Period.containing(LocalDate.of(9995, 12, 31), Frequency.QUARTERLY).next().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899", "1899-12", "1899-Q4", "1899-W52", "0000", "0001-01", "9996", "9999-12", "9999-W53", "9999-Q1"})
    void aWellFormedPeriodOfAYearOutsideTheRangeIsOutOfRangeNotMalformed(String text) {
        assertTrue(Period.parse(text).isEmpty(), text);
        assertTrue(Period.isOutOfRange(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900", "1900-01", "9995-W52", "1899-13", "1899-Q5", "99999", "x1899", "", "1899-W54"})
    void aSupportedOrMalformedPeriodIsNotOutOfRange(String text) {
        assertTrue(!Period.isOutOfRange(text), text);
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
