package dev.bscportal.core.book;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The node-level rules of {@link ChartSvg}'s strict reading: an element's name (SVG or HTML namespace only), the
 * attributes that can change a drawing (naming, accessibility and link attributes never do), a text element's
 * characters, and the font families a drawing may name. Anything outside them throws
 * {@link IllegalArgumentException}.
 */
final class SvgNodes {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    /** Attributes that never change the drawing (naming, accessibility, links: the book draws no links in drawings). */
    private static final Set<String> IGNORED = Set.of("class", "id", "role", "aria-labelledby", "aria-label", "alt",
            "xmlns", "xmlns:xlink", "href", "xlink:href", "title", "xlink:title", "type");

    /**
     * The families a drawing may name first: the ones the general engine is given the book's font under
     * ({@link BookFonts}), so text in either is drawn in it.
     */
    private static final Set<String> FAMILIES = Set.of(BookFonts.FAMILY, "Helvetica");

    private SvgNodes() {
    }

    /**
     * The text of a {@code <text>} (a link inside it, as the timeline writes, is its text: the book draws no
     * links in charts; its tooltip is not drawn), its white space treated as SVG does by default (collapsed, trimmed).
     */
    static String text(Element e) {
        StringBuilder raw = new StringBuilder();
        characters(e, raw, true);
        return raw.toString().replace("\n", "").replace("\r", "").replace('\t', ' ').strip().replaceAll(" +", " ");
    }

    static void characters(Element e, StringBuilder raw, boolean linksAllowed) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element title && name(title).equals("title")) {
                continue; // a tooltip, which a PDF does not show
            }
            if (linksAllowed && n instanceof Element a && name(a).equals("a") && attributes(a).isEmpty()) {
                characters(a, raw, false);
            } else if (n instanceof Element span && fallbackSpan(span)) {
                characters(span, raw, false);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                raw.append(n.getNodeValue());
            } else {
                throw new IllegalArgumentException("markup in text: " + n.getNodeName());
            }
        }
    }

    /**
     * A stretch of text that names a fallback font ({@link SvgFallbackRuns} writes them for the general engine):
     * its characters are drawn with the first font that has each, which is the font it names.
     */
    static boolean fallbackSpan(Element span) {
        Map<String, String> a = attributes(span);
        if (!name(span).equals("tspan") || a.size() != 1 || !a.containsKey("font-family")) {
            return false;
        }
        Set<String> fallbacks = new java.util.HashSet<>();
        FallbackFont.ALL.forEach(f -> fallbacks.add("'" + f.family() + "'"));
        return java.util.Arrays.stream(a.get("font-family").split(",")).map(String::strip).allMatch(fallbacks::contains);
    }

    /** A font-family list must start with a family the book's font stands for (the fallbacks may follow). */
    static void family(Map<String, String> attributes) {
        String list = attributes.get("font-family");
        if (list != null && !FAMILIES.contains(list.split(",")[0].strip().replace("'", "").replace("\"", ""))) {
            throw new IllegalArgumentException("font-family " + list);
        }
    }

    static Map<String, String> attributes(Element e) {
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

    static String name(Element e) {
        String ns = e.getNamespaceURI();
        if (ns != null && !ns.equals(SVG_NS) && !ns.equals("http://www.w3.org/1999/xhtml")) {
            throw new IllegalArgumentException("namespace " + ns);
        }
        String local = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
        return local;
    }
}
