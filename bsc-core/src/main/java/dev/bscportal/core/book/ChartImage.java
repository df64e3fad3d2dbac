package dev.bscportal.core.book;

import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.simple.extend.ReplacedElementScaleHelper;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;

/**
 * A chart drawn into the PDF page as vector paths and text in the book's embedded font, without an SVG engine:
 * placed, sized and scaled exactly as the general SVG engine places an SVG (the viewBox is the intrinsic size in
 * CSS pixels), then each {@link ChartItem} painted back to front through the PDF output's Graphics2D, which writes
 * one form XObject per chart. The PDF's structure tree gets the drawing as the same Figure, with the same alt text,
 * as any SVG (the renderer tags the replaced element, not its content).
 */
final class ChartImage implements SVGDrawer.SVGImage {

    private final ChartSvg chart;
    private final Box box;
    private final double dotsPerPixel;
    private final BookFonts fonts;
    /** The drawing's size in CSS pixels: the CSS width when there is one, the height in proportion (float, as Batik). */
    private final float width;
    private final float height;

    /** {@code cssWidth} in dots, negative for none. */
    ChartImage(ChartSvg chart, Box box, double cssWidth, double dotsPerPixel, BookFonts fonts) {
        this.chart = chart;
        this.box = box;
        this.dotsPerPixel = dotsPerPixel;
        this.fonts = fonts;
        float hint = cssWidth >= 0 ? (float) (cssWidth / dotsPerPixel) : -1;
        this.width = hint > 0 ? hint : chart.width();
        this.height = hint > 0 ? chart.height() * hint / chart.width() : chart.height();
    }

    @Override
    public int getIntrinsicWidth() {
        return (int) (width * dotsPerPixel);
    }

    @Override
    public int getIntrinsicHeight() {
        return (int) (height * dotsPerPixel);
    }

    @Override
    public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
        Rectangle bounds = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), context);
        AffineTransform scale = ReplacedElementScaleHelper.createScaleTransform(dotsPerPixel, bounds, width, height);
        device.drawWithGraphics((float) x, (float) y, (float) (bounds.width / dotsPerPixel),
                (float) (bounds.height / dotsPerPixel), g -> {
                    if (scale != null) {
                        g.transform(scale);
                    }
                    g.transform(viewBox());
                    paint(g);
                });
    }

    /** The viewBox fitted into the drawing's size, centred (SVG's default xMidYMid meet), in float as Batik. */
    AffineTransform viewBox() {
        float sx = width / chart.width();
        float sy = height / chart.height();
        float s = Math.min(sx, sy);
        AffineTransform t = AffineTransform.getTranslateInstance((width - chart.width() * s) / 2,
                (height - chart.height() * s) / 2);
        t.scale(s, s);
        return t;
    }

    /** Paints every item onto {@code g}, whose units are the chart's viewBox units. */
    void paint(Graphics2D g) {
        for (ChartItem item : chart.items()) {
            ChartStyle s = item.style();
            if (item instanceof ChartItem.Figure f) {
                if (s.fill().isPresent() && !(f.shape() instanceof Line2D)) {
                    g.setPaint(s.withAlpha(s.fill().get(), s.fillOpacity()));
                    g.fill(f.shape());
                }
                if (s.stroke().isPresent() && s.strokeWidth() > 0) {
                    g.setStroke(s.pen());
                    g.setPaint(s.withAlpha(s.stroke().get(), s.strokeOpacity()));
                    g.draw(f.shape());
                }
            } else if (item instanceof ChartItem.Label l && !l.text().isEmpty() && s.fill().isPresent()) {
                Font font = fonts.awt(s.bold(), s.italic()).deriveFont(style(s), (float) s.fontSize());
                double width = fonts.metrics(s.bold(), s.italic()).width(l.text(), s.fontSize());
                double shift = switch (s.anchor()) {
                    case "middle" -> width / 2;
                    case "end" -> width;
                    default -> 0;
                };
                g.setFont(font);
                g.setPaint(s.withAlpha(s.fill().get(), s.fillOpacity()));
                g.drawString(l.text(), (float) (l.x() - shift), (float) l.y());
            }
        }
    }

    /** The AWT style bits the PDF output maps back to the book font's face (bold 700, italic). */
    private static int style(ChartStyle s) {
        return (s.bold() ? Font.BOLD : 0) | (s.italic() ? Font.ITALIC : 0);
    }
}
