package dev.bscportal.core.book;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the boxes of a strategy map in the book links to their objectives' sections. The PDF's drawing engine
 * draws the map's SVG as vectors but makes no links of its {@code <a>} elements (they point to the site's pages),
 * so each objective box gets a link laid over it: an empty block {@code <a href="#o-ID">} placed absolutely over the
 * box, in millimetres of the map's drawn size (read from the box's own geometry in the SVG, Graphviz's graph transform applied), which
 * the renderer turns into a tagged PDF link annotation to the objective's heading. A box whose objective has no
 * section in this book, or whose geometry cannot be read, gets no link (the map as a list under it links them all).
 */
final class MapLinks {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE]-?\\d+)?");
    private static final Pattern TRANSLATE = Pattern.compile("translate\\(\\s*(" + NUMBER + ")[\\s,]+(" + NUMBER + ")\\s*\\)");
    private static final Pattern SCALE = Pattern.compile("scale\\(\\s*(" + NUMBER + ")(?:[\\s,]+(" + NUMBER + "))?\\s*\\)");
    private static final Pattern NATURAL_WIDTH = Pattern.compile("(\\d{1,5}(?:\\.\\d{1,3})?)pt");
    private static final Pattern OBJECTIVE_PAGE = Pattern.compile("(?:^|/)objectives/([^/]+)\\.html$");

    private MapLinks() {
    }

    /**
     * The widest a map is drawn: the text width of an A4 page (210 mm less 2 x 16 mm margins; Letter is wider), and
     * the tallest: what is left of the page's height under the chapter's heading.
     */
    static final double MAX_WIDTH_MM = 178;
    static final double MAX_HEIGHT_MM = 200;

    /**
     * Sizes {@code svg}, a map drawn in a {@code .map} figure of {@code doc}, to its own proportions in millimetres
     * (otherwise the renderer centres the drawing in a box of another height, and nothing laid over it can know
     * where the boxes are), and adds the links over every objective box, in millimetres of that size.
     */
    static void add(org.jsoup.nodes.Document doc, Element svg) {
        double[] box = viewBox(svg.attr("viewBox")).orElse(null);
        if (box == null || box[2] <= 0 || box[3] <= 0) {
            return;
        }
        double aspect = box[3] / box[2];
        double width = Math.min(naturalWidthMm(svg.attr("data-width")), Math.min(MAX_WIDTH_MM, MAX_HEIGHT_MM / aspect));
        double height = width * aspect;
        svg.attr("style", String.format(Locale.ROOT, "width:%.2fmm;height:%.2fmm", width, height));
        Element graph = svg.selectFirst("g.graph");
        double[] transform = transform(graph == null ? "" : graph.attr("transform"));
        Element area = svg.wrap("<div class=\"map-area\"></div>").parent();
        area.attr("style", String.format(Locale.ROOT, "position:relative;width:%.2fmm;height:%.2fmm", width, height));
        for (Element node : svg.select("g.node.objective")) {
            Element a = node.selectFirst("a");
            if (a == null) {
                continue;
            }
            Optional<String> id = objectiveId(a.attr("xlink:href").isEmpty() ? a.attr("href") : a.attr("xlink:href"));
            if (id.isEmpty() || doc.getElementById("o-" + id.get()) == null) {
                continue;
            }
            Optional<double[]> bounds = bounds(a, transform);
            if (bounds.isEmpty()) {
                continue;
            }
            double[] b = bounds.get();
            double left = clamp((b[0] - box[0]) / box[2]);
            double top = clamp((b[1] - box[1]) / box[3]);
            double right = clamp((b[2] - box[0]) / box[2]);
            double bottom = clamp((b[3] - box[1]) / box[3]);
            if (right <= left || bottom <= top) {
                continue;
            }
            String title = a.attr("xlink:title").isBlank() ? node.text().strip() : a.attr("xlink:title").strip();
            area.appendElement("a").addClass("map-link").attr("href", "#o-" + id.get()).attr("title", title)
                    .attr("style", String.format(Locale.ROOT, "position:absolute;display:block;left:%.2fmm;top:%.2fmm;"
                            + "width:%.2fmm;height:%.2fmm", width * left, height * top, width * (right - left),
                            height * (bottom - top)));
        }
    }

    /**
     * The width Graphviz drew the map at ({@code data-width}, in points) in millimetres: a small map (a unit with two
     * objectives) is not blown up to the page's width, as the site does not stretch it past that either. Unbounded when
     * the attribute is missing or not a plain size in points.
     */
    static double naturalWidthMm(String dataWidth) {
        Matcher m = NATURAL_WIDTH.matcher(dataWidth.strip());
        if (!m.matches()) {
            return Double.MAX_VALUE;
        }
        double points = Double.parseDouble(m.group(1));
        return points > 0 ? points * 25.4 / 72 : Double.MAX_VALUE;
    }

    /** The objective an SVG link names by its site page ({@code .../objectives/ID.html}). */
    static Optional<String> objectiveId(String href) {
        Matcher m = OBJECTIVE_PAGE.matcher(href);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<double[]> viewBox(String value) {
        String[] parts = value.trim().split("[\\s,]+");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            double[] box = new double[4];
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(parts[i]);
            }
            return Optional.of(box);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Graphviz's graph transform as {scaleX, scaleY, translateX, translateY}: scale first, then translate. */
    private static double[] transform(String value) {
        double[] t = {1, 1, 0, 0};
        Matcher s = SCALE.matcher(value);
        if (s.find()) {
            t[0] = Double.parseDouble(s.group(1));
            t[1] = s.group(2) == null ? t[0] : Double.parseDouble(s.group(2));
        }
        Matcher m = TRANSLATE.matcher(value);
        if (m.find()) {
            t[2] = Double.parseDouble(m.group(1));
            t[3] = Double.parseDouble(m.group(2));
        }
        return t;
    }

    /** {minX, minY, maxX, maxY} of the box's shapes (path and polygon coordinates), in the SVG's user space. */
    private static Optional<double[]> bounds(Element link, double[] t) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        boolean any = false;
        for (Element shape : link.select("path[d], polygon[points], rect[x][y][width][height]")) {
            double[] xy;
            if (shape.normalName().equals("rect")) {
                try {
                    double x = Double.parseDouble(shape.attr("x"));
                    double y = Double.parseDouble(shape.attr("y"));
                    xy = new double[] {x, y, x + Double.parseDouble(shape.attr("width")), y + Double.parseDouble(shape.attr("height"))};
                } catch (NumberFormatException e) {
                    continue;
                }
            } else {
                xy = numbers(shape.hasAttr("d") ? shape.attr("d") : shape.attr("points"));
            }
            for (int i = 0; i + 1 < xy.length; i += 2) {
                double x = xy[i] * t[0] + t[2];
                double y = xy[i + 1] * t[1] + t[3];
                b[0] = Math.min(b[0], x);
                b[1] = Math.min(b[1], y);
                b[2] = Math.max(b[2], x);
                b[3] = Math.max(b[3], y);
                any = true;
            }
        }
        return any ? Optional.of(b) : Optional.empty();
    }

    /** Every number of an absolute path or point list (Graphviz writes only M, C and L with absolute pairs). */
    private static double[] numbers(String text) {
        Matcher m = NUMBER.matcher(text);
        java.util.List<Double> values = new java.util.ArrayList<>();
        while (m.find()) {
            values.add(Double.parseDouble(m.group()));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
