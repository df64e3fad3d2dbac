package dev.bscportal.core.load;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateFormatsTest {

    @ParameterizedTest(name = "built-in format {0}")
    @ValueSource(ints = {14, 15, 18, 22, 27, 30, 36, 45, 46, 47, 50, 55, 58})
    void excelsBuiltInDateAndTimeFormatsAreDates(int id) {
        assertTrue(DateFormats.isDate(id, null));
    }

    @ParameterizedTest(name = "built-in format {0}")
    @ValueSource(ints = {0, 1, 2, 9, 10, 11, 12, 13, 23, 26, 37, 44, 48, 49, 59, 100, 163})
    void builtInNumberFormatsNextToTheDateRangesAreNotDates(int id) {
        // the edges of each built-in date range, and ids below the first custom format, even with a date-like text
        assertFalse(DateFormats.isDate(id, "yyyy-mm-dd"));
    }

    @CsvSource(delimiter = '|', value = {
            "yyyy-mm-dd|true",
            "d.m.yy|true",
            "MMM YYYY|true",
            "[$-407]mmmm yyyy|true",
            "0.00|false",
            "#,##0 [$EUR]|false",
            "[Red]0.0|false",
            "\"day\" 0|false",
            "\\d0|false",
            "0_m|false",
            "0*y|false",
            "General|false",
            "#,##0;[Red]-d|false",
            "0.0%|false",
    })
    @ParameterizedTest(name = "{0} -> {1}")
    void aCustomFormatIsADateWhenItsFirstSectionShowsDayMonthOrYearOutsideQuotesBracketsAndEscapes(String format, boolean date) {
        assertEquals(date, DateFormats.isDate(164, format), format);
        assertEquals(date, DateFormats.isDate(200, format), format);
    }

    @org.junit.jupiter.api.Test
    void aCellWithoutAFormatIdOrACustomIdWithoutTextIsNotADate() {
        assertFalse(DateFormats.isDate(null, "yyyy"));
        assertFalse(DateFormats.isDate(164, null));
    }
}
