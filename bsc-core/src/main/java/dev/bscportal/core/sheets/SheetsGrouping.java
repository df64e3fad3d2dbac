package dev.bscportal.core.sheets;

import java.util.Locale;
import java.util.Optional;

/** Whom a workbook is for: one per owner (a measure's {@code owner}) or one per unit (scorecard). */
public enum SheetsGrouping {
    OWNER, UNIT;

    /** {@code owner} or {@code unit}, in any case. */
    public static Optional<SheetsGrouping> parse(String text) {
        for (SheetsGrouping g : values()) {
            if (g.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
