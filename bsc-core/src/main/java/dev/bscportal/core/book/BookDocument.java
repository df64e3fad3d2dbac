package dev.bscportal.core.book;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the rendered book template (HTML) into the W3C document the PDF renderer lays out: parsed leniently
 * (Markdown HTML from the strategy need not be XML), with the PDF outline built from the headings marked
 * {@code data-bookmark} (1 = chapter, 2 = objective under it) and alt text on every drawing (the map's from its
 * figure's {@code data-alt}, a chart's from its own title and description: the site's text fallback), and the
 * map's objective boxes made links to their sections ({@link MapLinks}).
 */
final class BookDocument {

    private BookDocument() {
    }

    /**
     * The document of {@code html}; with a {@code fallbackFamily} (the book has characters Liberation Sans lacks;
     * it names the fallback font of such a character, null for others), every font-family list in its drawings ends
     * with the fallback fonts, so the drawing engine takes those characters from them (the maps name
     * "Helvetica,Arial,sans-serif", which it would otherwise look up among the machine's fonts), and each stretch
     * of such characters in a drawing's text names its font ({@link SvgFallbackRuns}).
     */
    static org.w3c.dom.Document of(String html, java.util.function.IntFunction<String> fallbackFamily) {
        boolean fallback = fallbackFamily != null;
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        StringBuilder svgStyle = new StringBuilder();
        for (Element style : doc.select("style[data-svg]")) {
            svgStyle.append(style.data()).append('\n');
            style.remove();
        }
        for (Element svg : doc.select("svg")) {
            if (svg.parents().stream().anyMatch(p -> p.normalName().equals("svg"))) {
                continue;
            }
            if (!svgStyle.isEmpty()) {
                svg.prependElement("style").attr("type", "text/css").appendChild(new org.jsoup.nodes.DataNode(svgStyle.toString()));
            }
            // the embedded font has no ◆ (U+25C6): its ♦ (U+2666) says the same in maps and charts
            for (Element e : svg.getAllElements()) {
                for (org.jsoup.nodes.TextNode text : e.textNodes()) {
                    if (text.getWholeText().indexOf('\u25C6') >= 0) {
                        text.text(text.getWholeText().replace('\u25C6', '\u2666'));
                    }
                }
            }
            svg.attr("alt", altText(doc, svg));
            if (svg.parents().stream().anyMatch(p -> p.hasClass("map"))) {
                MapLinks.add(doc, svg);
            }
            // every glyph from an embedded font (PDF/UA): a drawing that names no font would ask for serif
            if (!svg.hasAttr("font-family")) {
                svg.attr("font-family", fallback ? BookFonts.SVG_FAMILY_LIST : BookFonts.FAMILY);
            }
            if (fallback) {
                SvgFallbackRuns.split(svg, fallbackFamily);
                for (Element e : svg.getElementsByAttribute("font-family")) {
                    if (!e.attr("font-family").contains(FallbackFont.DROID.family())) {
                        e.attr("font-family", FallbackFont.appendedTo(e.attr("font-family")));
                    }
                }
            }
        }
        // PDF/UA: a link annotation needs a description; the link's own words say where it goes
        for (Element a : doc.select("a[href]")) {
            if (a.attr("title").isBlank()) {
                a.attr("title", a.text().isBlank() ? a.attr("href") : a.text().strip());
            }
        }
        Element head = doc.head();
        Element outline = head.appendElement("bookmarks");
        Element chapter = null;
        for (Element h : doc.select("[data-bookmark][id]")) {
            String name = h.text().strip();
            if (h.attr("data-bookmark").equals("2") && chapter != null) {
                chapter.appendElement("bookmark").attr("name", name).attr("href", "#" + h.id());
            } else {
                chapter = outline.appendElement("bookmark").attr("name", name).attr("href", "#" + h.id());
            }
        }
        W3CDom w3c = new W3CDom();
        w3c.namespaceAware(true);
        return w3c.fromJsoup(doc);
    }

    private static String altText(org.jsoup.nodes.Document doc, Element svg) {
        for (Element p : svg.parents()) {
            if (p.hasAttr("data-alt")) {
                return p.attr("data-alt").strip();
            }
        }
        if (!svg.attr("aria-label").isBlank()) {
            return svg.attr("aria-label").strip();
        }
        List<String> parts = new ArrayList<>();
        for (String id : svg.attr("aria-labelledby").split("\\s+")) {
            if (id.isEmpty()) {
                continue;
            }
            Element e = svg.getElementsByAttributeValue("id", id).first();
            if (e != null && !e.text().isBlank()) {
                parts.add(e.text().strip());
            }
        }
        if (parts.isEmpty()) {
            Element title = svg.selectFirst("title");
            if (title != null) {
                parts.add(title.text().strip());
            }
        }
        return String.join(". ", parts);
    }
}
