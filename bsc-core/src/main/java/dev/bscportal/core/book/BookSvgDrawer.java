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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The book's SVG drawer: our own charts (class {@code chart}, read by {@link ChartSvg}) are drawn straight into the
 * PDF ({@link ChartImage}); every other drawing (the strategy map, a chart this reader does not know) goes to the
 * general SVG engine (Batik), which costs a DOM, a CSS engine and a text layout per drawing.
 */
final class BookSvgDrawer implements SVGDrawer {

    private final SVGDrawer general;
    private final BookFonts fonts;
    /** Per book (one drawer per book, used by the one thread laying it out): the layout asks for a drawing more than once. */
    private final Map<Element, Optional<ChartSvg>> read = new IdentityHashMap<>();
    /** The book's chart sheet, the same text in every chart, read once. */
    private final Map<String, Optional<ChartStyles>> sheets = new HashMap<>();

    BookSvgDrawer(SVGDrawer general, BookFonts fonts) {
        this.general = general;
        this.fonts = fonts;
    }

    /**
     * Our chart read from {@code svg}, when it is one and uses only what {@link ChartSvg} reads, and is sized by its
     * width alone (the charts' width="100%"), the one sizing {@link ChartImage} does as the general engine does.
     */
    static Optional<ChartSvg> chart(Element svg, double cssHeight, double cssMaxWidth, double cssMaxHeight) {
        return sized(svg, cssHeight, cssMaxWidth, cssMaxHeight) ? ChartSvg.read(svg) : Optional.empty();
    }

    private static boolean sized(Element svg, double cssHeight, double cssMaxWidth, double cssMaxHeight) {
        return cssHeight < 0 && cssMaxWidth < 0 && cssMaxHeight < 0
                && List.of(svg.getAttribute("class").split(" ")).contains("chart");
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight,
            double dotsPerPixel) {
        Optional<ChartSvg> chart = sized(svg, cssHeight, CalculatedStyle.getCSSMaxWidth(css, box),
                CalculatedStyle.getCSSMaxHeight(css, box))
                ? read.computeIfAbsent(svg, e -> ChartSvg.read(e, text -> sheets.computeIfAbsent(text, ChartStyles::parse)))
                : Optional.empty();
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
