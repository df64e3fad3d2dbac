package dev.bscportal.core.book;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The general SVG engine (Batik, through openhtmltopdf's plugin) for a drawing {@link ChartSvg} does not read, given
 * the book's font under every family the drawings name (without this it would take whatever font the machine has)
 * and the fallback fonts. Loaded only when such a drawing is in a book: about 700 classes, a DOM, a CSS engine and a
 * text layout per drawing.
 */
final class BatikDrawer {

    private BatikDrawer() {
    }

    /** Batik with the book's fonts; the fallback fonts too when {@code fallback}. */
    static BatikSVGDrawer of(BookFonts fonts, boolean fallback) throws IOException {
        Map<FallbackFont, Path> fallbackFonts = fallback ? fonts.fallbackFiles() : Map.of();
        return new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE) {
            @Override
            public void importFontFaceRules(List<com.openhtmltopdf.css.sheet.FontFaceRule> fontFaces,
                    com.openhtmltopdf.layout.SharedContext shared) {
                super.importFontFaceRules(fontFaces, shared);
                try {
                    for (String family : BookFonts.SVG_FAMILIES) {
                        addFontFile(fonts.file(false).toFile(), family, 400, FontStyle.NORMAL);
                        // addFontFile keeps each face at size 12 and hands that very face to any text of size 12,
                        // which then draws about 1 unit high (openhtmltopdf 1.1.31); faces kept at a size no
                        // drawing uses are always derived to the size asked for
                        var faces = (com.openhtmltopdf.svgsupport.OpenHtmlGvtFontFamily) fontResolver.resolve(family);
                        float base = 997.5f;
                        faces.addFont(fonts.file(false).toFile(), base, java.awt.font.TextAttribute.WEIGHT_REGULAR, 0f);
                        faces.addFont(fonts.file(true).toFile(), base, java.awt.font.TextAttribute.WEIGHT_BOLD, 0f);
                    }
                    // Batik takes each character from the first family of the drawing's list that has it; the book's
                    // document lists the fallbacks last in every drawing (BookDocument)
                    for (var e : fallbackFonts.entrySet()) {
                        String family = e.getKey().family();
                        addFontFile(e.getValue().toFile(), family, 400, FontStyle.NORMAL);
                        var faces = (com.openhtmltopdf.svgsupport.OpenHtmlGvtFontFamily) fontResolver.resolve(family);
                        faces.addFont(e.getValue().toFile(), 997.5f, java.awt.font.TextAttribute.WEIGHT_REGULAR, 0f);
                        faces.addFont(e.getValue().toFile(), 997.5f, java.awt.font.TextAttribute.WEIGHT_BOLD, 0f);
                    }
                } catch (IOException | java.awt.FontFormatException e) {
                    throw new IllegalStateException("The embedded font could not be given to the SVG renderer: " + e.getMessage(), e);
                }
            }
        };
    }
}
