package dev.bscportal.core.markdown;

import dev.bscportal.core.text.UrlPolicy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * What is left of raw HTML in Markdown when {@code allowRawHtml} is on: formatting and table elements with
 * their harmless attributes; no script, style, iframe, form or event handler, and every {@code href} and
 * {@code src} under {@link UrlPolicy} (an element whose target is refused loses that attribute, keeping its
 * text); an {@code img} from another site becomes a link to it with its alt text. Without the option raw HTML is
 * escaped and never reaches this class.
 */
final class RawHtmlSafelist {

    static final Safelist SAFELIST = new Safelist()
            .addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
                    "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
                    "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong",
                    "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul")
            .addAttributes(":all", "class", "title", "lang", "dir")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("ol", "start", "reversed")
            .addAttributes("td", "colspan", "rowspan", "align")
            .addAttributes("th", "colspan", "rowspan", "align", "scope");

    private RawHtmlSafelist() {
    }

    static String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, "");
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element e : clean.body().select("[href], [src]")) {
            for (String attribute : new String[] {"href", "src"}) {
                if (e.hasAttr(attribute) && !UrlPolicy.allows(e.attr(attribute))) {
                    e.removeAttr(attribute);
                }
            }
        }
        for (Element img : clean.body().select("img[src]")) {
            if (!UrlPolicy.allowsImage(img.attr("src"))) {
                // another site's image: the portal makes no request to another site, so it becomes a link
                Element link = new Element("a").attr("href", img.attr("src"));
                link.text(img.attr("alt").isBlank() ? img.attr("src") : img.attr("alt"));
                img.replaceWith(link);
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
