package dev.bscportal.core.book;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;

/**
 * The characters one font can draw (its Unicode cmap), read once; safe to ask from many threads (the lookup only
 * reads). Whitespace, control and format characters (which draw nothing) count as covered.
 */
final class FontCoverage {

    private final CmapLookup cmap;

    private FontCoverage(CmapLookup cmap) {
        this.cmap = cmap;
    }

    static FontCoverage of(byte[] font) throws IOException {
        var ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        if (cmap == null) {
            throw new IOException("The font has no Unicode cmap: " + ttf.getName());
        }
        return new FontCoverage(cmap);
    }

    /** Whether the font has a glyph of its own for the character (white space included). */
    boolean hasGlyph(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    boolean covers(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT || cmap.getGlyphId(codePoint) != 0;
    }
}
