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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The book's SVG drawer: our own charts (class {@code chart}) and strategy maps (class {@code strategy-map}), read by
 * {@link ChartSvg}, are drawn straight into the PDF ({@link ChartImage}); any other drawing (one this reader does not
 * know, from a changed or overridden template) goes to the general SVG engine, which is made only then: a book of our
 * own drawings never loads it (about 700 classes, a DOM, a CSS engine and a text layout per drawing). What the
 * renderer tells the drawer before any drawing (user agent, font faces) is kept and handed on when it is made.
 */
final class BookSvgDrawer implements SVGDrawer {

    /** Makes the general SVG engine, for {@code drawing} (its class and what in it the book does not draw). */
    interface General {
        SVGDrawer make(String drawing) throws IOException;
    }

    private final General make;
    private final BookFonts fonts;
    private final TextRuns text;
    /** Per book (one drawer per book, used by the one thread laying it out): the layout asks for a drawing more than once. */
    private final Map<Element, Optional<ChartSvg>> read = new IdentityHashMap<>();
    /** The book's drawing sheet, the same text in every drawing, read once. */
    private final Map<String, Optional<ChartStyles>> sheets = new HashMap<>();
    private final List<GeneralCall> calls = new ArrayList<>();
    private SVGDrawer general;

    /** A call to hand on to the general engine once it is made. */
    private interface GeneralCall {
        void on(SVGDrawer drawer) throws IOException, FontFormatException;
    }

    /**
     * {@code general} makes the general engine when a drawing needs it (or throws {@link UndrawableDrawing});
     * {@code fallbackFamily} names the fallback font of a character the book's font lacks (null for others), null
     * when the book registers no fallback fonts.
     */
    BookSvgDrawer(General general, BookFonts fonts, IntFunction<String> fallbackFamily) {
        this.make = general;
        this.fonts = fonts;
        this.text = new TextRuns(fonts, fallbackFamily);
    }

    /**
     * Our chart read from {@code svg}, when it is one and uses only what {@link ChartSvg} reads, and is sized by its
     * width alone (the charts' width="100%"), the one sizing {@link ChartImage} does as the general engine does.
     */
    static Optional<ChartSvg> chart(Element svg, double cssHeight, double cssMaxWidth, double cssMaxHeight) {
        return chartSized(svg, cssHeight, cssMaxWidth, cssMaxHeight) ? ChartSvg.read(svg) : Optional.empty();
    }

    /** A chart: sized by its CSS width alone and a whole-number viewBox, which the general engine takes as its size. */
    private static boolean chartSized(Element svg, double cssHeight, double cssMaxWidth, double cssMaxHeight) {
        return cssHeight < 0 && cssMaxWidth < 0 && cssMaxHeight < 0 && classes(svg).contains("chart")
                && ChartSvg.wholeViewBox(svg);
    }

    /**
     * A strategy map: sized by CSS width and height ({@link MapLinks} sets both, in the viewBox's proportions), with a
     * viewBox that is not whole numbers and no size attributes, so the general engine takes the CSS size as its own.
     */
    private static boolean mapSized(Element svg, double cssWidth, double cssHeight, double cssMaxWidth, double cssMaxHeight) {
        return cssWidth >= 0 && cssHeight >= 0 && cssMaxWidth < 0 && cssMaxHeight < 0
                && classes(svg).contains("strategy-map") && !ChartSvg.wholeViewBox(svg)
                && svg.getAttribute("width").isEmpty() && svg.getAttribute("height").isEmpty();
    }

    private static List<String> classes(Element svg) {
        return List.of(svg.getAttribute("class").split(" "));
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight,
            double dotsPerPixel) {
        double maxWidth = CalculatedStyle.getCSSMaxWidth(css, box);
        double maxHeight = CalculatedStyle.getCSSMaxHeight(css, box);
        boolean chart = chartSized(svg, cssHeight, maxWidth, maxHeight);
        boolean map = !chart && mapSized(svg, cssWidth, cssHeight, maxWidth, maxHeight);
        Optional<ChartSvg> drawing = chart || map
                ? read.computeIfAbsent(svg, e -> ChartSvg.read(e, t -> sheets.computeIfAbsent(t, ChartStyles::parse)))
                : Optional.empty();
        if (drawing.isPresent() && chart) {
            return ChartImage.byWidth(drawing.get(), box, cssWidth, dotsPerPixel, text);
        }
        if (drawing.isPresent()) {
            return new ChartImage(drawing.get(), box, (float) (cssWidth / dotsPerPixel), (float) (cssHeight / dotsPerPixel),
                    dotsPerPixel, text);
        }
        return general(svg).buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
    }

    /** Whether the general engine was made (a drawing needed it). */
    boolean generalMade() {
        return general != null;
    }

    private SVGDrawer general(Element svg) {
        if (general == null) {
            boolean ours = classes(svg).contains("chart") || classes(svg).contains("strategy-map");
            String why = ChartSvg.unread(svg).orElse(ours ? "sized other than by its width (a chart) or by its width and"
                    + " height (a map)" : "not a chart or a strategy map");
            try {
                SVGDrawer made = make.make("<svg class=\"" + svg.getAttribute("class") + "\">: " + why);
                for (GeneralCall call : calls) {
                    call.on(made);
                }
                general = made;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("A font could not be given to the SVG engine: " + e.getMessage(), e);
            }
        }
        return general;
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        hand(d -> d.importFontFaceRules(fontFaces, shared));
    }

    @Override
    public void withUserAgent(UserAgentCallback userAgent) {
        hand(d -> d.withUserAgent(userAgent));
    }

    @Override
    public void addFontFile(File file, String family, Integer weight, FontStyle style) throws IOException, FontFormatException {
        if (general != null) {
            general.addFontFile(file, family, weight, style);
        } else {
            calls.add(d -> d.addFontFile(file, family, weight, style));
        }
    }

    private void hand(java.util.function.Consumer<SVGDrawer> call) {
        if (general != null) {
            call.accept(general);
        } else {
            calls.add(call::accept);
        }
    }

    @Override
    public void close() throws IOException {
        if (general != null) {
            general.close();
        }
    }
}
