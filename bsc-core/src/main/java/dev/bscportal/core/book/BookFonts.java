package dev.bscportal.core.book;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every book embeds, from a Maven artifact ({@code com.github.librepdf:openpdf-fonts-extra}: Liberation
 * Sans 2, SIL Open Font License 1.1; Latin with German umlauts and ß, Greek, Cyrillic), so a book never depends on
 * the fonts of the machine that builds it. Subset: only the glyphs used are embedded.
 */
final class BookFonts {

    static final String FAMILY = "Liberation Sans";

    private static final String ROOT = "liberation/LiberationSans-";

    private BookFonts() {
    }

    /**
     * The families the book and its drawings name: the maps ask for Helvetica, Arial or sans-serif (Liberation Sans
     * has Arial's metrics, so Graphviz's boxes still fit their text), charts for the default serif. Every one of
     * them is this font: PDF/UA needs every glyph from an embedded font.
     */
    private static final java.util.List<String> FAMILIES = java.util.List.of(FAMILY, "sans-serif", "serif", "Helvetica",
            "Arial", "monospace");

    static void register(PdfRendererBuilder builder) {
        for (String family : FAMILIES) {
            builder.useFont(() -> open("Regular"), family, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> open("Bold"), family, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> open("Italic"), family, 400, FontStyle.ITALIC, true);
            builder.useFont(() -> open("BoldItalic"), family, 700, FontStyle.ITALIC, true);
        }
    }

    private static InputStream open(String style) {
        InputStream in = BookFonts.class.getClassLoader().getResourceAsStream(ROOT + style + ".ttf");
        if (in == null) {
            throw new UncheckedIOException(new java.io.IOException("The font " + ROOT + style
                    + ".ttf is missing from the class path (artifact com.github.librepdf:openpdf-fonts-extra)."));
        }
        return in;
    }
}
