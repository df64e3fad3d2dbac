package dev.bscportal.core.render;

import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Period;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers, dates and periods written for the site's locale (1,234.5 in English, 1.234,5 in German).
 * Holds NumberFormat instances, which are not thread-safe: one Formats per rendering thread.
 */
public final class Formats {

    private final Locale locale;
    private final NumberFormat[] byDecimals = new NumberFormat[7];
    private final DateTimeFormatter dates;

    public Formats(Locale locale) {
        this.locale = locale;
        for (int d = 0; d < byDecimals.length; d++) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(d);
            f.setMaximumFractionDigits(d);
            f.setRoundingMode(java.math.RoundingMode.HALF_UP);
            byDecimals[d] = f;
        }
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** A number in the locale's form; never "∞" or "NaN" (an en dash), never "-0" (-0.04 with one decimal is "0.0"). */
    public String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        String text = byDecimals[Math.max(0, Math.min(6, decimals))].format(value);
        return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9') ? text.substring(1) : text;
    }

    /** A measure's value with its decimals (unit not included). */
    public String value(Measure measure, double value) {
        return number(value, measure.decimals());
    }

    /** A value that may be absent; an en dash when it is. */
    public String value(Measure measure, OptionalDouble value) {
        return value.isPresent() ? value(measure, value.getAsDouble()) : "–";
    }

    /** A 0-10 score with one decimal, or an en dash. */
    public String score(OptionalDouble score) {
        return score.isPresent() ? number(score.getAsDouble(), 1) : "–";
    }

    public String percent(double value) {
        return number(value, 0) + " %";
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** "October 2026", "Q3 2026", "2026", "Week 7, 2026" (localised). */
    public String period(Period period) {
        return switch (period.granularity()) {
            case YEARLY -> Integer.toString(period.year());
            case QUARTERLY -> "Q" + period.index() + " " + period.year();
            case MONTHLY -> java.time.Month.of(period.index()).getDisplayName(TextStyle.FULL_STANDALONE, locale)
                    + " " + period.year();
            case WEEKLY -> "W" + period.index() + " " + period.year();
        };
    }

    /** Short form for table headers and axes: "Oct 26", "Q3 26". */
    public String shortPeriod(Period period) {
        String yy = String.format(Locale.ROOT, "%02d", period.year() % 100);
        return switch (period.granularity()) {
            case YEARLY -> Integer.toString(period.year());
            case QUARTERLY -> "Q" + period.index() + " " + yy;
            case MONTHLY -> java.time.Month.of(period.index()).getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + yy;
            case WEEKLY -> "W" + period.index() + " " + yy;
        };
    }

    public Locale locale() {
        return locale;
    }

    static boolean isFinerThan(Frequency a, Frequency b) {
        return a.ordinal() < b.ordinal();
    }
}
