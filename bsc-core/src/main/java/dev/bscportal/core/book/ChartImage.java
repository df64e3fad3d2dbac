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
import java.util.List;

/**
 * A drawing (chart or strategy map) drawn into the PDF page as vector paths and text in the book's embedded fonts,
 * without an SVG engine: placed, sized and scaled exactly as the general SVG engine places an SVG (the viewBox
 * fitted into the drawing's size in CSS pixels), then each {@link ChartItem} painted back to front through the PDF
 * output's Graphics2D, which writes one form XObject per drawing. The PDF's structure tree gets the drawing as the
 * same Figure, with the same alt text, as any SVG (the renderer tags the replaced element, not its content).
 */
final class ChartImage implements SVGDrawer.SVGImage {

    private final ChartSvg chart;
    private final Box box;
    private final double dotsPerPixel;
    private final TextRuns text;
    /** The drawing's size in CSS pixels (float, as Batik). */
    private final float width;
    private final float height;

    /**
     * A drawing {@code width} x {@code height} CSS pixels; {@code text} splits its labels into the stretches each
     * font draws.
     */
    ChartImage(ChartSvg chart, Box box, float width, float height, double dotsPerPixel, TextRuns text) {
        this.chart = chart;
        this.box = box;
        this.dotsPerPixel = dotsPerPixel;
        this.text = text;
        this.width = width;
        this.height = height;
    }

    /**
     * A chart sized as the general engine sizes a drawing with a whole-number viewBox: {@code cssWidth} (in dots,
     * negative for none) when given, the height in proportion; else the viewBox's size.
     */
    static ChartImage byWidth(ChartSvg chart, Box box, double cssWidth, double dotsPerPixel, TextRuns text) {
        float hint = cssWidth >= 0 ? (float) (cssWidth / dotsPerPixel) : -1;
        float w = hint > 0 ? hint : (float) chart.width();
        float h = hint > 0 ? (float) (chart.height() * hint / chart.width()) : (float) chart.height();
        return new ChartImage(chart, box, w, h, dotsPerPixel, text);
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
                    paint(g, chart.items());
                });
    }

    /** The viewBox fitted into the drawing's size, centred (SVG's default xMidYMid meet), in float as Batik. */
    AffineTransform viewBox() {
        float sx = width / (float) chart.width();
        float sy = height / (float) chart.height();
        float s = Math.min(sx, sy);
        AffineTransform t = AffineTransform.getTranslateInstance((width - (float) chart.width() * s) / 2,
                (height - (float) chart.height() * s) / 2);
        t.scale(s, s);
        return t;
    }

    /** Paints {@code items} onto {@code g}, whose units are the drawing's viewBox units. */
    private void paint(Graphics2D g, List<ChartItem> items) {
        for (ChartItem item : items) {
            ChartStyle s = item.style();
            if (item instanceof ChartItem.Group group) {
                AffineTransform before = g.getTransform();
                g.transform(group.transform());
                paint(g, group.items());
                g.setTransform(before);
            } else if (item instanceof ChartItem.Figure f) {
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
                List<TextRuns.Run> runs = text.runs(l.text(), s.bold(), s.italic());
                double width = 0;
                for (TextRuns.Run run : runs) {
                    width += run.metrics().width(run.text(), s.fontSize());
                }
                double at = l.x() - switch (s.anchor()) {
                    case "middle" -> width / 2;
                    case "end" -> width;
                    default -> 0;
                };
                g.setPaint(s.withAlpha(s.fill().get(), s.fillOpacity()));
                for (TextRuns.Run run : runs) {
                    g.setFont(run.face().deriveFont(style(s), (float) s.fontSize()));
                    g.drawString(run.text(), (float) at, (float) l.y());
                    at += run.metrics().width(run.text(), s.fontSize());
                }
            }
        }
    }

    /** The AWT style bits the PDF output maps back to the book font's face (bold 700, italic). */
    private static int style(ChartStyle s) {
        return (s.bold() ? Font.BOLD : 0) | (s.italic() ? Font.ITALIC : 0);
    }
}
