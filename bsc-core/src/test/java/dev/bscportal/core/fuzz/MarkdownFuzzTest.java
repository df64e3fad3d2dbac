package dev.bscportal.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bscportal.core.load.MarkdownShape;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.markdown.Markdown;
import dev.bscportal.core.markdown.MarkdownException;
import dev.bscportal.core.text.UrlPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class MarkdownFuzzTest {

    /** One converter per raw-HTML choice for the whole run, as a build uses one (immutable: converted uncached). */
    private static final Markdown ESCAPED = new Markdown(false);
    private static final Markdown ALLOWED = new Markdown(true);
    private static final Set<ProblemCode> SHAPE_CODES = Set.of(ProblemCode.MARKDOWN_TOO_DEEP, ProblemCode.MARKDOWN_TOO_LARGE);

    /**
     * Any Markdown body, converted with raw HTML escaped ('0') or allowed ('1'): the loader's shape check either
     * refuses it with BSC022/BSC023 at a line of the text, or it converts without any exception; a refused text
     * converts or raises only {@link MarkdownException}; and the HTML has no href, src or other URL attribute
     * that {@link UrlPolicy} refuses after the browser's entity decoding, no script element and no event handler.
     */
    @Timeout(10)
    @FuzzTest
    void markdownRendersOnlyAllowedLinks(byte[] input) {
        FuzzInput fuzz = FuzzInput.of(input, 2);
        Markdown markdown = fuzz.choice() == 1 ? ALLOWED : ESCAPED;
        String text = fuzz.text();

        List<Problem> problems = new ArrayList<>();
        boolean accepted = MarkdownShape.check(text, "objectives/x.md", 1, true, problems::add);
        String html;
        if (accepted) {
            html = markdown.toHtmlUncached(text);
        } else {
            ProblemInvariants.assertWellFormed(problems, Map.of("objectives/x.md", ProblemInvariants.lines(text)));
            problems.forEach(p -> assertTrue(SHAPE_CODES.contains(p.code()), p.toString()));
            try {
                html = markdown.toHtmlUncached(text);
            } catch (MarkdownException e) {
                return;
            }
        }
        assertOnlySafeMarkup(html);
    }

    static void assertOnlySafeMarkup(String html) {
        for (Element e : Jsoup.parseBodyFragment(html).getAllElements()) {
            if (e.normalName().equals("script") || e.normalName().equals("iframe") || e.normalName().equals("object")) {
                fail("<" + e.normalName() + "> in " + html);
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
                if (name.startsWith("on")) {
                    fail("event handler " + name + " in " + html);
                }
                if (Set.of("href", "src", "xlink:href", "action", "formaction", "srcset", "poster", "background").contains(name)) {
                    assertTrue(UrlPolicy.allows(a.getValue()), name + "=" + a.getValue() + " in " + html);
                }
            }
        }
    }
}
