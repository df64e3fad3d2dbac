package dev.bscportal.core.book;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import org.w3c.dom.Element;

import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The book's SVG drawer: our own charts (class {@code chart}, read by {@link ChartSvg}) are drawn straight into the
 * PDF ({@link ChartImage}); every other drawing (the strategy map, a chart this reader does not know) goes to the
 * general SVG engine (Batik), which costs a DOM, a CSS engine and a text layout per drawing.
 */
final class BookSvgDrawer implements SVGDrawer {

    private final SVGDrawer general;
    private final BookFonts fonts;

    BookSvgDrawer(SVGDrawer general, BookFonts fonts) {
        this.general = general;
        this.fonts = fonts;
    }

    /**
     * Our chart read from {@code svg}, when it is one and uses only what {@link ChartSvg} reads, and is sized by its
     * width alone (the charts' width="100%"), the one sizing {@link ChartImage} does as the general engine does.
     */
    static Optional<ChartSvg> chart(Element svg, double cssHeight, double cssMaxWidth, double cssMaxHeight) {
        if (cssHeight >= 0 || cssMaxWidth >= 0 || cssMaxHeight >= 0
                || !Set.of(svg.getAttribute("class").split("\\s+")).contains("chart")) {
            return Optional.empty();
        }
        return ChartSvg.read(svg);
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight,
            double dotsPerPixel) {
        Optional<ChartSvg> chart = chart(svg, cssHeight, CalculatedStyle.getCSSMaxWidth(css, box),
                CalculatedStyle.getCSSMaxHeight(css, box));
        if (chart.isPresent()) {
            return new ChartImage(chart.get(), box, cssWidth, dotsPerPixel, fonts);
        }
        return general.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        general.importFontFaceRules(fontFaces, shared);
    }

    @Override
    public void withUserAgent(UserAgentCallback userAgent) {
        general.withUserAgent(userAgent);
    }

    @Override
    public void addFontFile(File file, String family, Integer weight, FontStyle style) throws IOException, FontFormatException {
        general.addFontFile(file, family, weight, style);
    }

    @Override
    public void close() throws IOException {
        general.close();
    }
}
