package dev.bscportal.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bscportal.core.load.MarkdownShape;
import dev.bscportal.core.markdown.Markdown;
import dev.bscportal.core.markdown.MarkdownException;
import dev.bscportal.core.redact.MarkupScrubber;
import dev.bscportal.core.redact.NameMatcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class NameScrubFuzzTest {

    private static final Markdown ESCAPED = new Markdown(false);
    private static final Markdown ALLOWED = new Markdown(true);
    private static final NameMatcher NAMES = NameMatcher.of(List.of("Ana Ng", "Al", "Zoë Müller"));
    private static final MarkupScrubber SCRUBBER = new MarkupScrubber(NAMES);
    private static final Set<String> STRUCTURAL = Set.of("class", "id", "href", "src", "style", "type", "rel", "lang",
            "dir", "role", "name", "for", "headers", "colspan", "rowspan", "width", "height", "start");

    /**
     * Any Markdown text ('0' raw HTML escaped, '1' allowed), rendered and scrubbed of the names: the scrub raises
     * nothing, scrubbing again changes nothing, and neither the text a browser shows (jsoup's reading of the
     * page) nor an attribute a reader sees holds a name.
     */
    @Timeout(10)
    @FuzzTest
    void scrubbedPageShowsNoNameAndScrubsToItself(byte[] input) {
        FuzzInput fuzz = FuzzInput.of(input, 2);
        String text = fuzz.text();
        if (!MarkdownShape.check(text, "objectives/x.md", 1, true, p -> { })) {
            return;
        }
        String html;
        try {
            html = (fuzz.choice() == 1 ? ALLOWED : ESCAPED).toHtmlUncached(text);
        } catch (MarkdownException e) {
            return;
        }
        String once = SCRUBBER.scrub(html);
        assertEquals(once, SCRUBBER.scrub(once), "a second scrub changed the page: " + html);
        org.jsoup.nodes.Document page = Jsoup.parse(once);
        assertFalse(NAMES.finds(page.text()), "the page shows a name: " + once);
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (!STRUCTURAL.contains(a.getKey())) {
                    assertFalse(NAMES.finds(a.getValue()), a.getKey() + " shows a name: " + once);
                }
            }
        }
    }
}
