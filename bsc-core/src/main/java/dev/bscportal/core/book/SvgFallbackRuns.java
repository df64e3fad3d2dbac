package dev.bscportal.core.book;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Puts each stretch of a drawing's text that the main font cannot draw into a {@code <tspan>} naming the fallback
 * font that can. The drawing engine (Batik, through openhtmltopdf 1.1.31) falls back across a font-family list, but
 * gives the first character after a stretch the main font drew to the main font (its empty box): "On target · 王小明"
 * came out as "On target · □小明". A stretch that starts in its own font is drawn whole.
 */
final class SvgFallbackRuns {

    private SvgFallbackRuns() {
    }

    /**
     * Splits the text of every text element below {@code svg}; {@code familyOf} names the fallback family for a
     * character, or null when the main font draws it (or no font does).
     */
    static void split(Element svg, IntFunction<String> familyOf) {
        for (Element e : svg.getAllElements()) {
            String name = e.normalName();
            if (!name.equals("text") && !name.equals("tspan") && !name.equals("textpath")) {
                continue;
            }
            for (TextNode text : new ArrayList<>(e.textNodes())) {
                List<Node> parts = parts(text.getWholeText(), familyOf, e.tag().namespace());
                if (parts.size() > 1 || parts.get(0) instanceof Element) {
                    for (Node part : parts) {
                        text.before(part);
                    }
                    text.remove();
                }
            }
        }
    }

    private static List<Node> parts(String text, IntFunction<String> familyOf, String namespace) {
        List<Node> parts = new ArrayList<>();
        for (FamilyStretches.Stretch stretch : FamilyStretches.split(text, familyOf, (runFamily, cp) -> runFamily)) {
            parts.add(node(stretch.text(), stretch.family(), namespace));
        }
        return parts;
    }

    /** A text node, or a tspan of the drawing's namespace (SVG: one of HTML's would not be drawn). */
    private static Node node(String text, String family, String namespace) {
        if (family == null) {
            return new TextNode(text);
        }
        Element span = new Element(org.jsoup.parser.Tag.valueOf("tspan", namespace, org.jsoup.parser.ParseSettings.preserveCase), null)
                .attr("font-family", "'" + family + "'");
        span.appendChild(new TextNode(text));
        return span;
    }
}
