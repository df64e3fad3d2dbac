package dev.bscportal.core.site;

import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.MeasureUnit;
import dev.bscportal.core.model.Period;

import dev.bscportal.core.presentation.ValueFormat;

import java.time.LocalDate;
import java.time.Month;
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
    private final ValueFormat values;
    private final DateTimeFormatter dates;

    public Formats(Locale locale) {
        this.locale = locale;
        this.values = new ValueFormat(locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** A number in the locale's form; never "∞" or "NaN" (an en dash), never "-0" (-0.04 with one decimal is "0.0"). */
    public String number(double value, int decimals) {
        return values.number(value, decimals);
    }

    /**
     * A number as its author wrote it, without unit: as many decimals as it has, at most 3 (an input of a
     * calculation, a key result's from, to and current, an objective's weight): {@code 3}, never {@code 3.0};
     * {@code 0.25}, never {@code 0.3}.
     */
    public String input(double value) {
        return number(value, Math.min(dev.bscportal.core.model.InferredDecimals.MAX, dev.bscportal.core.model.InferredDecimals.decimalsOf(value)));
    }

    /** A measure's value with its decimals and unit, as everywhere on the site: {@code $1,200}, {@code 72%}, {@code #1}. */
    public String value(Measure measure, double value) {
        return values.value(measure, value);
    }

    /** The formatter of measure values this uses, for charts. */
    public ValueFormat values() {
        return values;
    }

    /** A value with its unit that may be absent; an en dash when it is. */
    public String value(Measure measure, OptionalDouble value) {
        return value.isPresent() ? value(measure, value.getAsDouble()) : "–";
    }

    /** A 0-10 score with one decimal, or an en dash. */
    public String score(OptionalDouble score) {
        return score.isPresent() ? number(score.getAsDouble(), 1) : "–";
    }

    public String percent(double value) {
        return values.withUnit(MeasureUnit.of("%"), number(value, 0));
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** "October 2026", "Q3 2026", "2026", "Week 7, 2026" (localised). */
    public String period(Period period) {
        return switch (period.granularity()) {
            case YEARLY -> Integer.toString(period.year());
            case QUARTERLY -> "Q" + period.index() + " " + period.year();
            case MONTHLY -> Month.of(period.index()).getDisplayName(TextStyle.FULL_STANDALONE, locale)
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
            case MONTHLY -> Month.of(period.index()).getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + yy;
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
