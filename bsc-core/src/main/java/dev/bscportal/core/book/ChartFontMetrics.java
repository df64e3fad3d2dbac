package dev.bscportal.core.book;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;

/**
 * The advance widths of one of the book's fonts, read from its bytes once per build: how wide a chart's text is, to
 * place text anchored at its middle or end. The PDF draws that text in the same font with the same advances (no
 * kerning), so the measure is the drawing's. Immutable once read, shared by the books' threads.
 */
final class ChartFontMetrics {

    private static final int BMP = 0x10000;

    private final int unitsPerEm;
    private final int[] advances;

    private ChartFontMetrics(int unitsPerEm, int[] advances) {
        this.unitsPerEm = unitsPerEm;
        this.advances = advances;
    }

    static ChartFontMetrics of(byte[] font) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            HorizontalMetricsTable hmtx = ttf.getHorizontalMetrics();
            int missing = hmtx.getAdvanceWidth(0);
            int[] advances = new int[BMP];
            for (int c = 0; c < BMP; c++) {
                int glyph = cmap.getGlyphId(c);
                advances[c] = glyph == 0 ? missing : hmtx.getAdvanceWidth(glyph);
            }
            return new ChartFontMetrics(ttf.getUnitsPerEm(), advances);
        }
    }

    /** The width of {@code text} at {@code size} (a character beyond the BMP counts as the missing glyph). */
    double width(String text, double size) {
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            units += advances[c < BMP ? c : 0];
            i += Character.charCount(c);
        }
        return units * size / unitsPerEm;
    }
}
