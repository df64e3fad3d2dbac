package dev.bscportal.core.model;

import java.util.Locale;
import java.util.Set;

/**
 * How a measure's {@code unit} text is written next to a number. {@code rank} declares a rank or ordinal
 * position (shown {@code #1}, lower is better); a currency symbol is written before the number in English and
 * after it in German; {@code #} always before it; {@code %} after it; any other unit after it with a space
 * ({@code 25 min}, {@code 1.5 EUR m}). The rendering per locale is in {@code presentation.ValueFormat}.
 */
public record MeasureUnit(Placement placement, String symbol) {

    /** Where the symbol goes. */
    public enum Placement { NONE, RANK, CURRENCY, PREFIX, PERCENT, SUFFIX }

    public static final MeasureUnit NONE = new MeasureUnit(Placement.NONE, "");

    /** Currency symbols written without a space before the number in English ({@code $1,200}). */
    static final Set<String> CURRENCY_SYMBOLS = Set.of("$", "€", "£", "¥", "US$", "A$", "C$");

    public static MeasureUnit of(String unit) {
        String u = unit == null ? "" : unit.strip();
        if (u.isEmpty()) {
            return NONE;
        }
        if (u.toLowerCase(Locale.ROOT).equals("rank")) {
            return new MeasureUnit(Placement.RANK, "#");
        }
        if (u.equals("#")) {
            return new MeasureUnit(Placement.PREFIX, u);
        }
        if (u.equals("%")) {
            return new MeasureUnit(Placement.PERCENT, u);
        }
        if (CURRENCY_SYMBOLS.contains(u)) {
            return new MeasureUnit(Placement.CURRENCY, u);
        }
        return new MeasureUnit(Placement.SUFFIX, u);
    }

    public boolean isRank() {
        return placement == Placement.RANK;
    }
}
