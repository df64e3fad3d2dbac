package dev.bscportal.core.book;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One of our drawings read back from its SVG for drawing straight into the PDF: a chart
 * ({@code dev.bscportal.core.charts}) or a strategy map (Graphviz's SVG as {@code dev.bscportal.core.maps} cleans
 * it). A strict reader of the small, fixed set of elements and attributes they write (svg, style, title, desc, g with
 * Graphviz's graph transform, a, rect, line, path, polygon, circle, text with the fallback fonts' tspans) and of the
 * book's style sheet ({@link ChartStyles}). Anything else, from a change to the charts or maps or from a
 * hand-written drawing, makes {@link #read} empty and the drawing goes to the general SVG engine, so nothing is ever
 * dropped. Text is taken as text (the strategy's words end up as PDF text in the book's font, never interpreted).
 *
 * @param width  the viewBox width (CSS pixels)
 * @param height the viewBox height (CSS pixels)
 * @param items  what is drawn, back to front
 */
record ChartSvg(double width, double height, List<ChartItem> items) {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]*\\.?[0-9]+");
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("[0-9]{1,5}(\\.[0-9]{1,3})?");
    /** Graphviz's graph transform, the only transform read: scale, no rotation, then translation. */
    private static final java.util.regex.Pattern TRANSFORM = java.util.regex.Pattern.compile(
            "scale\\((" + NUMBER + ")(?:[ ,]+(" + NUMBER + "))?\\) rotate\\(0\\) translate\\((" + NUMBER + ")[ ,]+(" + NUMBER + ")\\)");
    /** The page sizing of the root (the site's max-width, the book's width and height): not drawing properties. */
    private static final java.util.regex.Pattern ROOT_STYLE = java.util.regex.Pattern.compile(
            "(\\s*(max-width|width|height)\\s*:\\s*[0-9.]+(px|mm|%)?\\s*;?)*\\s*");

    private static final Map<String, Set<String>> GEOMETRY = Map.of(
            "svg", Set.of("viewBox", "width", "height", "style", "font-family"),
            "g", Set.of("transform", "font-family"), "a", Set.of(),
            "rect", Set.of("x", "y", "width", "height", "rx", "ry"),
            "line", Set.of("x1", "y1", "x2", "y2"),
            "path", Set.of("d"),
            "polygon", Set.of("points"),
            "circle", Set.of("cx", "cy", "r"),
            // xml:space: Graphviz 3 and later (the embedded engine's 16.1) mark every label "preserve"; the text is
            // taken with its white space collapsed either way, as dot 2.43's unmarked labels are
            "text", Set.of("x", "y", "font-family", "xml:space"));

    /** The chart drawn by {@code svg}, or empty when it uses anything outside the subset. */
    static Optional<ChartSvg> read(Element svg) {
        return read(svg, ChartStyles::parse);
    }

    /** As {@link #read(Element)}, with style sheets read by {@code sheets} (a book reads its one sheet once). */
    static Optional<ChartSvg> read(Element svg, Function<String, Optional<ChartStyles>> sheets) {
        try {
            return Optional.of(new Reader(sheets).root(svg));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What in {@code svg} is outside the subset (for messages), or empty when it is read. */
    static Optional<String> unread(Element svg) {
        try {
            new Reader(ChartStyles::parse).root(svg);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** How deep elements may nest inside the drawing (the portal's own charts and maps nest a few deep). */
    static final int MAX_DEPTH = 32;

    /** Walks the element tree once, keeping the class path for the sheet's descendant selectors. */
    private static final class Reader {
        private List<ChartItem> items = new ArrayList<>();
        private final List<Set<String>> path = new ArrayList<>();
        private final Function<String, Optional<ChartStyles>> sheets;
        private ChartStyles sheet = ChartStyles.NONE;
        private Element root;

        Reader(Function<String, Optional<ChartStyles>> sheets) {
            this.sheets = sheets;
        }

        ChartSvg root(Element svg) {
            if (!SvgNodes.name(svg).equals("svg")) {
                throw new IllegalArgumentException("not an svg");
            }
            root = svg;
            String[] box = SPACE.split(svg.getAttribute("viewBox").strip());
            if (box.length != 4 || !origin(box[0]) || !origin(box[1])) {
                throw new IllegalArgumentException("viewBox");
            }
            double width = size(box[2]);
            double height = size(box[3]);
            Map<String, String> attributes = SvgNodes.attributes(svg);
            for (String a : attributes.keySet()) {
                if (!GEOMETRY.get("svg").contains(a) && !ChartStyles.PROPERTIES.contains(a)) {
                    throw new IllegalArgumentException("attribute " + a + " on svg");
                }
            }
            if (!ROOT_STYLE.matcher(attributes.getOrDefault("style", "")).matches()) {
                throw new IllegalArgumentException("style on svg");
            }
            // its size is the viewBox's, scaled to the CSS width (width="100%"), as the general engine sizes it;
            // that engine writes its size into width and height, so they are not read here
            StringBuilder css = new StringBuilder();
            for (Node n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && SvgNodes.name(e).equals("style")) {
                    css.append(e.getTextContent()).append('\n');
                }
            }
            sheet = sheets.apply(css.toString()).orElseThrow(() -> new IllegalArgumentException("sheet"));
            children(svg, ChartStyle.INITIAL.child(attributes, List.of(), ChartStyles.NONE));
            return new ChartSvg(width, height, List.copyOf(items));
        }

        private void children(Element parent, ChartStyle style) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    element(e, style);
                } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                    throw new IllegalArgumentException("text outside <text>");
                } else if (n.getNodeType() != Node.TEXT_NODE && n.getNodeType() != Node.COMMENT_NODE) {
                    throw new IllegalArgumentException("node " + n.getNodeType());
                }
            }
        }

        private void element(Element e, ChartStyle parent) {
            String name = SvgNodes.name(e);
            if (name.equals("style") && e.getParentNode() == root) {
                return;
            }
            if (name.equals("title") || name.equals("desc")) {
                return;
            }
            Set<String> geometry = GEOMETRY.get(name);
            if (geometry == null || name.equals("svg")) {
                throw new IllegalArgumentException("element " + name);
            }
            Map<String, String> attributes = SvgNodes.attributes(e);
            for (String a : attributes.keySet()) {
                if (!geometry.contains(a) && !ChartStyles.PROPERTIES.contains(a)) {
                    throw new IllegalArgumentException("attribute " + a + " on " + name);
                }
            }
            SvgNodes.family(attributes);
            if (path.size() >= MAX_DEPTH) {
                // ours nest a few deep; a deeper tree would overflow the stack here, or cost depth squared in the sheet
                throw new IllegalArgumentException("elements nested more than " + MAX_DEPTH + " deep");
            }
            path.add(Set.copyOf(Arrays.asList(SPACE.split(e.getAttribute("class").strip()))));
            ChartStyle style = parent.child(attributes, path, sheet);
            switch (name) {
                case "g" -> group(e, attributes, style);
                case "a" -> children(e, style);
                case "rect" -> figure(rect(attributes), style, e);
                case "line" -> figure(new Line2D.Double(num(attributes, "x1"), num(attributes, "y1"),
                        num(attributes, "x2"), num(attributes, "y2")), style, e);
                case "path" -> figure(ChartPath.parse(attributes.getOrDefault("d", "")), style, e);
                case "polygon" -> figure(ChartPath.polygon(attributes.getOrDefault("points", "")), style, e);
                case "circle" -> {
                    double r = num(attributes, "r");
                    figure(new Ellipse2D.Double(num(attributes, "cx") - r, num(attributes, "cy") - r, 2 * r, 2 * r), style, e);
                }
                case "text" -> {
                    if (style.stroke().isPresent()) {
                        throw new IllegalArgumentException("outlined text");
                    }
                    items.add(new ChartItem.Label(SvgNodes.text(e), num(attributes, "x"), num(attributes, "y"), style));
                }
                default -> throw new IllegalArgumentException("element " + name);
            }
            path.remove(path.size() - 1);
        }

        /** A group's children, drawn through Graphviz's graph transform when it has one. */
        private void group(Element e, Map<String, String> attributes, ChartStyle style) {
            if (!attributes.containsKey("transform")) {
                children(e, style);
                return;
            }
            java.util.regex.Matcher m = TRANSFORM.matcher(attributes.get("transform").strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("transform " + attributes.get("transform"));
            }
            double sx = Double.parseDouble(m.group(1));
            double sy = m.group(2) == null ? sx : Double.parseDouble(m.group(2));
            if (sx <= 0 || sy <= 0) {
                throw new IllegalArgumentException("scale");
            }
            AffineTransform transform = AffineTransform.getScaleInstance(sx, sy);
            transform.translate(Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)));
            List<ChartItem> outer = items;
            items = new ArrayList<>();
            children(e, style);
            outer.add(new ChartItem.Group(transform, List.copyOf(items), style));
            items = outer;
        }

        private void figure(java.awt.Shape shape, ChartStyle style, Element e) {
            // a shape's only children are its tooltip (<title>), which a PDF does not show
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element child ? !SvgNodes.name(child).equals("title") : !n.getNodeValue().isBlank()) {
                    throw new IllegalArgumentException("content in a shape");
                }
            }
            items.add(new ChartItem.Figure(shape, style));
        }

        private static java.awt.Shape rect(Map<String, String> a) {
            double x = num(a, "x");
            double y = num(a, "y");
            double w = num(a, "width");
            double h = num(a, "height");
            if (w < 0 || h < 0) {
                throw new IllegalArgumentException("negative size");
            }
            double rx = a.containsKey("rx") ? num(a, "rx") : a.containsKey("ry") ? num(a, "ry") : 0;
            double ry = a.containsKey("ry") ? num(a, "ry") : rx;
            rx = Math.min(Math.abs(rx), w / 2);
            ry = Math.min(Math.abs(ry), h / 2);
            return rx > 0 && ry > 0 ? new RoundRectangle2D.Double(x, y, w, h, 2 * rx, 2 * ry) : new Rectangle2D.Double(x, y, w, h);
        }

    }

    static double num(Map<String, String> attributes, String name) {
        String v = attributes.getOrDefault(name, "0").strip();
        if (!NUMBER.matcher(v).matches()) {
            throw new IllegalArgumentException(name + "=" + v);
        }
        return Double.parseDouble(v);
    }

    /** A viewBox size: positive, at most 99,999, at most three decimals (Graphviz writes two). */
    private static double size(String v) {
        if (!SIZE.matcher(v).matches() || Double.parseDouble(v) == 0) {
            throw new IllegalArgumentException("viewBox size " + v);
        }
        return Double.parseDouble(v);
    }

    private static boolean origin(String v) {
        return SIZE.matcher(v).matches() && Double.parseDouble(v) == 0;
    }

    /**
     * Whether the viewBox's size is whole numbers, which the general engine takes as the drawing's intrinsic size (a
     * chart sized by its CSS width alone is drawn as it would be only then).
     */
    static boolean wholeViewBox(Element svg) {
        String[] box = SPACE.split(svg.getAttribute("viewBox").strip());
        return box.length == 4 && box[2].matches("[0-9]{1,5}") && box[3].matches("[0-9]{1,5}");
    }
}
