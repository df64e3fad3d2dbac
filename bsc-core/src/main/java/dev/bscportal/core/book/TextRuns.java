package dev.bscportal.core.book;

import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Splits a drawing's line of text into the stretches each font draws: the book's font, and for a Chinese, Japanese
 * or Korean character it lacks the first fallback font that has it (per glyph, as the PDF writer does for the page's
 * text). White space stays in the stretch it is in, as {@link SvgFallbackRuns} splits it for the general engine, and
 * is drawn, as that engine draws it, by the first font of the stretch's list that has a glyph for it.
 */
final class TextRuns {

    /** A font face for drawing ({@link ChartImage}) and its advance widths, to place the next stretch. */
    record Face(Font font, ChartFontMetrics metrics, IntPredicate hasGlyph) {
    }

    /** A stretch of text and the face it is drawn with. */
    record Run(String text, Font face, ChartFontMetrics metrics) {
    }

    private final BookFonts fonts;
    /** The fallback family of a character, null for the book's font; null when the book has no fallback fonts. */
    private final IntFunction<String> fallbackFamily;

    TextRuns(BookFonts fonts, IntFunction<String> fallbackFamily) {
        this.fonts = fonts;
        this.fallbackFamily = fallbackFamily;
    }

    List<Run> runs(String text, boolean bold, boolean italic) {
        Face main = new Face(fonts.awt(bold, italic), fonts.metrics(bold, italic), cp -> true);
        if (fallbackFamily == null) {
            return List.of(new Run(text, main.font(), main.metrics()));
        }
        return FamilyStretches.split(text, fallbackFamily, this::spaceFamily).stream()
                .map(stretch -> run(stretch.text(), stretch.family(), main))
                .toList();
    }

    /** The family that draws white space in a stretch of {@code runFamily}: its own if it has the glyph, else the next. */
    private String spaceFamily(String runFamily, int cp) {
        if (runFamily == null) {
            return null;
        }
        boolean after = false;
        for (FallbackFont f : FallbackFont.ALL) {
            after |= f.family().equals(runFamily);
            if (after && face(f).hasGlyph().test(cp)) {
                return f.family();
            }
        }
        for (FallbackFont f : FallbackFont.ALL) {
            if (face(f).hasGlyph().test(cp)) {
                return f.family();
            }
        }
        return null;
    }

    private Face face(FallbackFont font) {
        try {
            return fonts.fallbackFace(font);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Run run(String text, String family, Face main) {
        if (family == null) {
            return new Run(text, main.font(), main.metrics());
        }
        Face face = face(FallbackFont.ALL.stream().filter(f -> f.family().equals(family)).findFirst().orElseThrow());
        return new Run(text, face.font(), face.metrics());
    }
}
