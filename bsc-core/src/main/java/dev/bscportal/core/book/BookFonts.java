package dev.bscportal.core.book;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

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
     * The families the drawings name: the maps ask for "Helvetica,Arial,sans-serif" and get the first (Liberation
     * Sans has Arial's metrics, so Graphviz's boxes still fit their text); a chart names none and is given
     * {@link #FAMILY}. Each family costs three font parses per book, so only these two are registered. The page
     * itself uses {@link #FAMILY} only (book.ftlh sets it on every element): PDF/UA needs every glyph from an
     * embedded font, and each family registered is a font parsed again per book.
     */
    private static final java.util.List<String> SVG_FAMILIES = java.util.List.of(FAMILY, "Helvetica");

    static void register(PdfRendererBuilder builder) {
        builder.useFont(() -> open("Regular"), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> open("Bold"), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> open("Italic"), FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> open("BoldItalic"), FAMILY, 700, FontStyle.ITALIC, true);
    }

    /** The four styles as files (Batik reads fonts from files only), in {@code directory}. */
    static java.util.Map<String, java.nio.file.Path> extract(java.nio.file.Path directory) throws java.io.IOException {
        java.util.Map<String, java.nio.file.Path> files = new java.util.LinkedHashMap<>();
        for (String style : java.util.List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            java.nio.file.Path file = directory.resolve("LiberationSans-" + style + ".ttf");
            try (InputStream in = open(style)) {
                java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            files.put(style, file);
        }
        return files;
    }

    /**
     * Batik, which draws the maps and charts, gets the same font under every family they name; without this it
     * would take whatever font the machine has.
     */
    static BatikSVGDrawer svgDrawer(java.util.Map<String, java.nio.file.Path> files) {
        return new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE) {
            @Override
            public void importFontFaceRules(java.util.List<com.openhtmltopdf.css.sheet.FontFaceRule> fontFaces,
                    com.openhtmltopdf.layout.SharedContext shared) {
                super.importFontFaceRules(fontFaces, shared);
                try {
                    for (String family : SVG_FAMILIES) {
                        addFontFile(files.get("Regular").toFile(), family, 400, FontStyle.NORMAL);
                        // addFontFile keeps each face at size 12 and hands that very face to any text of size 12,
                        // which then draws about 1 unit high (openhtmltopdf 1.1.31); faces kept at a size no
                        // drawing uses are always derived to the size asked for
                        var faces = (com.openhtmltopdf.svgsupport.OpenHtmlGvtFontFamily) fontResolver.resolve(family);
                        float base = 997.5f;
                        faces.addFont(files.get("Regular").toFile(), base, java.awt.font.TextAttribute.WEIGHT_REGULAR, 0f);
                        faces.addFont(files.get("Bold").toFile(), base, java.awt.font.TextAttribute.WEIGHT_BOLD, 0f);
                    }
                } catch (java.io.IOException | java.awt.FontFormatException e) {
                    throw new IllegalStateException("The embedded font could not be given to the SVG renderer: " + e.getMessage(), e);
                }
            }
        };
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
