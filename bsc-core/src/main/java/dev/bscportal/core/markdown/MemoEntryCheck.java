package dev.bscportal.core.markdown;

import dev.bscportal.core.text.UrlPolicy;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether an entry of the Markdown memo on disk holds what a conversion of ours could have written, checked when it is
 * read: its check (a SHA-256 anyone can compute) proves no more than that the entry is whole, so its HTML is re-validated
 * as if it came from the strategy. The HTML must parse without a single error (no stray end tag that closes the page's
 * own elements, no unclosed comment), keep every element and attribute under {@link RawHtmlSafelist} (no script,
 * style, iframe, form, event handler or {@code style} attribute), have every {@code href} and {@code src} allowed by
 * {@link UrlPolicy} and every image on the site itself; and the plain text must be the HTML's text. An entry that fails
 * is ignored: the text is converted again. One parse per entry.
 */
final class MemoEntryCheck {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MemoEntryCheck() {
    }

    static boolean sound(String html, String plain) {
        Document shell = Document.createShell("");
        ParseErrorList errors = ParseErrorList.tracking(1);
        List<Node> nodes = Parser.parseFragment(html, shell.body(), "", errors);
        if (!errors.isEmpty()) {
            return false;
        }
        shell.body().insertChildren(0, nodes);
        if (!new Cleaner(RawHtmlSafelist.SAFELIST).isValid(shell)) {
            return false;
        }
        for (Element e : shell.body().select("[href], [src]")) {
            if (e.hasAttr("href") && !UrlPolicy.allows(e.attr("href"))
                    || e.hasAttr("src") && !(e.tagName().equals("img") && UrlPolicy.allowsImage(e.attr("src")))) {
                return false;
            }
        }
        return SPACES.matcher(shell.body().text()).replaceAll(" ").trim().equals(plain);
    }
}
