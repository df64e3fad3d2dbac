package dev.bscportal.core.presentation;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.MeasureUnit;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A measure's value with its unit, written by the locale's CLDR conventions: English {@code $1,200},
 * {@code 72%}, {@code 25 min}; German {@code 1.200 $}, {@code 72 %}, {@code 25 min}; a rank {@code #1} in both.
 * The space between a number and its unit is a no-break space (U+00A0), so the two never part at a line end.
 * Holds NumberFormat instances, which are not thread-safe: one per rendering thread.
 */
public final class ValueFormat {

    /** The space between a number and a unit written after it. */
    public static final char UNIT_SPACE = '\u00a0';

    private final Locale locale;
    private final NumberFormat[] byDecimals = new NumberFormat[7];
    private final boolean currencyFirst;
    private final String percentSpace;

    public ValueFormat(Locale locale) {
        this.locale = locale;
        for (int d = 0; d < byDecimals.length; d++) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(d);
            f.setMaximumFractionDigits(d);
            f.setRoundingMode(RoundingMode.HALF_UP);
            byDecimals[d] = f;
        }
        String currency = pattern(NumberFormat.getCurrencyInstance(locale));
        this.currencyFirst = currency.indexOf('¤') <= firstDigit(currency);
        String percent = pattern(NumberFormat.getPercentInstance(locale));
        int sign = percent.indexOf('%');
        this.percentSpace = sign > 0 && Character.isSpaceChar(percent.charAt(sign - 1)) ? String.valueOf(UNIT_SPACE) : "";
    }

    public Locale locale() {
        return locale;
    }

    /** A plain number with the locale's grouping and exactly {@code decimals} decimals (0-6). */
    public String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        String text = byDecimals[Math.max(0, Math.min(6, decimals))].format(value);
        // never "-0" for a value that rounds to zero
        return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9') ? text.substring(1) : text;
    }

    /** The decimals {@code measure}'s values are shown with: none for a rank. */
    public static int decimals(Measure measure) {
        return measure.isRank() ? 0 : measure.decimals();
    }

    /** The value as a number only, in the measure's decimals (for axes whose unit is written once). */
    public String number(Measure measure, double value) {
        return number(value, decimals(measure));
    }

    /** The value with the measure's unit: {@code $1,200}, {@code 72%}, {@code #1}, {@code 25 min}. */
    public String value(Measure measure, double value) {
        return withUnit(measure.unitKind(), number(measure, value));
    }

    /** A number already written for this locale, with {@code unit} placed by the locale's conventions. */
    public String withUnit(MeasureUnit unit, String number) {
        boolean negative = number.startsWith("-");
        String digits = negative ? number.substring(1) : number;
        String sign = negative ? "-" : "";
        return switch (unit.placement()) {
            case NONE -> number;
            case RANK, PREFIX -> sign + unit.symbol() + digits;
            case CURRENCY -> currencyFirst ? sign + unit.symbol() + digits : number + UNIT_SPACE + unit.symbol();
            case PERCENT -> number + percentSpace + unit.symbol();
            case SUFFIX -> number + UNIT_SPACE + unit.symbol();
        };
    }

    private static String pattern(NumberFormat format) {
        return format instanceof DecimalFormat decimal ? decimal.toPattern() : "¤#,##0.00";
    }

    private static int firstDigit(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '#' || c == '0') {
                return i;
            }
        }
        return pattern.length();
    }
}
