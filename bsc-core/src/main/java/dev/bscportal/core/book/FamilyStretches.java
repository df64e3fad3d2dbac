package dev.bscportal.core.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * Splits a line of text into the longest stretches drawn by one font family: the one place that decides where a
 * fallback font takes over, for the SVG handed to the general engine ({@link SvgFallbackRuns}) and for the drawings
 * put straight into the PDF ({@link TextRuns}).
 */
final class FamilyStretches {

    /** A stretch of text and its fallback family, null for the main font. */
    record Stretch(String text, String family) {
    }

    private FamilyStretches() {
    }

    /**
     * {@code familyOf} names the fallback family of a character (null: the main font); {@code spaceFamily} names the
     * family of a white-space character given the family of the stretch it is in (null before the first stretch).
     */
    static List<Stretch> split(String text, IntFunction<String> familyOf, BiFunction<String, Integer, String> spaceFamily) {
        List<Stretch> stretches = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        String runFamily = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String family = Character.isWhitespace(cp) ? spaceFamily.apply(runFamily, cp) : familyOf.apply(cp);
            if (run.length() > 0 && !Objects.equals(family, runFamily)) {
                stretches.add(new Stretch(run.toString(), runFamily));
                run.setLength(0);
            }
            runFamily = family;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        stretches.add(new Stretch(run.toString(), runFamily));
        return stretches;
    }
}
