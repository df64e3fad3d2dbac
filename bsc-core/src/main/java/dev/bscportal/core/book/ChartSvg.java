package dev.bscportal.core.book;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One of our charts ({@code dev.bscportal.core.charts}) read back from its SVG for drawing straight into the PDF:
 * a strict reader of the small, fixed set of elements and attributes the charts write (svg, style, title, desc, g,
 * a, rect, line, path, circle, text) and of their style sheet ({@link ChartStyles}). Anything else, from a change to
 * the charts or from a hand-written drawing, makes {@link #read} empty and the drawing goes to the general SVG
 * engine, so nothing is ever dropped. Text is taken as text (the strategy's words end up as PDF text in the book's
 * font, never interpreted).
 *
 * @param width  the viewBox width (whole CSS pixels)
 * @param height the viewBox height (whole CSS pixels)
 * @param items  what is drawn, back to front
 */
record ChartSvg(int width, int height, List<ChartItem> items) {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]*\\.?[0-9]+");
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[0-9]{1,5}");

    /** Attributes that never change the drawing (naming, accessibility, links: the book draws no links in charts). */
    private static final Set<String> IGNORED = Set.of("class", "id", "role", "aria-labelledby", "aria-label", "alt",
            "xmlns", "xmlns:xlink", "href", "xlink:href", "title", "type", "font-family");

    private static final Map<String, Set<String>> GEOMETRY = Map.of(
            "svg", Set.of("viewBox", "width", "height"),
            "g", Set.of(), "a", Set.of(),
            "rect", Set.of("x", "y", "width", "height", "rx", "ry"),
            "line", Set.of("x1", "y1", "x2", "y2"),
            "path", Set.of("d"),
            "circle", Set.of("cx", "cy", "r"),
            "text", Set.of("x", "y"));

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

    /** Walks the element tree once, keeping the class path for the sheet's descendant selectors. */
    private static final class Reader {
        private final List<ChartItem> items = new ArrayList<>();
        private final List<Set<String>> path = new ArrayList<>();
        private final Function<String, Optional<ChartStyles>> sheets;
        private ChartStyles sheet = ChartStyles.NONE;
        private Element root;

        Reader(Function<String, Optional<ChartStyles>> sheets) {
            this.sheets = sheets;
        }

        ChartSvg root(Element svg) {
            if (!name(svg).equals("svg")) {
                throw new IllegalArgumentException("not an svg");
            }
            root = svg;
            String[] box = SPACE.split(svg.getAttribute("viewBox").strip());
            if (box.length != 4 || !box[0].equals("0") || !box[1].equals("0")) {
                throw new IllegalArgumentException("viewBox");
            }
            int width = whole(box[2]);
            int height = whole(box[3]);
            Map<String, String> attributes = attributes(svg);
            for (String a : attributes.keySet()) {
                if (!GEOMETRY.get("svg").contains(a) && !ChartStyles.PROPERTIES.contains(a)) {
                    throw new IllegalArgumentException("attribute " + a + " on svg");
                }
            }
            // its size is the viewBox's, scaled to the CSS width (width="100%"), as the general engine sizes it;
            // that engine writes its size into width and height, so they are not read here
            StringBuilder css = new StringBuilder();
            for (Node n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && name(e).equals("style")) {
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
            String name = name(e);
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
            Map<String, String> attributes = attributes(e);
            for (String a : attributes.keySet()) {
                if (!geometry.contains(a) && !ChartStyles.PROPERTIES.contains(a)) {
                    throw new IllegalArgumentException("attribute " + a + " on " + name);
                }
            }
            path.add(Set.copyOf(Arrays.asList(SPACE.split(e.getAttribute("class").strip()))));
            ChartStyle style = parent.child(attributes, path, sheet);
            switch (name) {
                case "g", "a" -> children(e, style);
                case "rect" -> figure(rect(attributes), style, e);
                case "line" -> figure(new Line2D.Double(num(attributes, "x1"), num(attributes, "y1"),
                        num(attributes, "x2"), num(attributes, "y2")), style, e);
                case "path" -> figure(ChartPath.parse(attributes.getOrDefault("d", "")), style, e);
                case "circle" -> {
                    double r = num(attributes, "r");
                    figure(new Ellipse2D.Double(num(attributes, "cx") - r, num(attributes, "cy") - r, 2 * r, 2 * r), style, e);
                }
                case "text" -> {
                    if (style.stroke().isPresent()) {
                        throw new IllegalArgumentException("outlined text");
                    }
                    items.add(new ChartItem.Label(text(e), num(attributes, "x"), num(attributes, "y"), style));
                }
                default -> throw new IllegalArgumentException("element " + name);
            }
            path.remove(path.size() - 1);
        }

        private void figure(java.awt.Shape shape, ChartStyle style, Element e) {
            // a shape's only children are its tooltip (<title>), which a PDF does not show
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element child ? !name(child).equals("title") : !n.getNodeValue().isBlank()) {
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

        /**
         * The text of a {@code <text>} (a link inside it, as the timeline writes, is its text: the book draws no
         * links in charts; its tooltip is not drawn), its white space treated as SVG does by default (collapsed, trimmed).
         */
        private static String text(Element e) {
            StringBuilder raw = new StringBuilder();
            characters(e, raw, true);
            return raw.toString().replace("\n", "").replace("\r", "").replace('\t', ' ').strip().replaceAll(" +", " ");
        }

        private static void characters(Element e, StringBuilder raw, boolean linksAllowed) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element title && name(title).equals("title")) {
                    continue; // a tooltip, which a PDF does not show
                }
                if (linksAllowed && n instanceof Element a && name(a).equals("a") && attributes(a).isEmpty()) {
                    characters(a, raw, false);
                } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                    raw.append(n.getNodeValue());
                } else {
                    throw new IllegalArgumentException("markup in text: " + n.getNodeName());
                }
            }
        }

        private static Map<String, String> attributes(Element e) {
            Map<String, String> out = new LinkedHashMap<>();
            NamedNodeMap all = e.getAttributes();
            for (int i = 0; i < all.getLength(); i++) {
                Node a = all.item(i);
                String name = a.getNodeName();
                if (!IGNORED.contains(name) && !name.startsWith("data-")) {
                    out.put(name, a.getNodeValue());
                }
            }
            return out;
        }

        private static String name(Element e) {
            String ns = e.getNamespaceURI();
            if (ns != null && !ns.equals(SVG_NS) && !ns.equals("http://www.w3.org/1999/xhtml")) {
                throw new IllegalArgumentException("namespace " + ns);
            }
            String local = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
            return local;
        }
    }

    static double num(Map<String, String> attributes, String name) {
        String v = attributes.getOrDefault(name, "0").strip();
        if (!NUMBER.matcher(v).matches()) {
            throw new IllegalArgumentException(name + "=" + v);
        }
        return Double.parseDouble(v);
    }

    private static int whole(String v) {
        if (!WHOLE.matcher(v).matches() || Integer.parseInt(v) == 0) {
            throw new IllegalArgumentException("viewBox size " + v);
        }
        return Integer.parseInt(v);
    }
}
