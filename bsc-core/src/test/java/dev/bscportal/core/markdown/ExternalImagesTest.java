package dev.bscportal.core.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal makes no request to another site: an image from {@code http(s)://} or {@code //host} in strategy text
 * (inline, reference-style, raw HTML when allowed) never becomes an {@code img}; an allowed one is a link to it
 * with its alt text, a refused one only its text. Images of the site (relative paths) stay images.
 */
class ExternalImagesTest {

    private static final Pattern IMG_SRC = Pattern.compile("<img[^>]*\\ssrc=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "![pixel](https://tracker.example/p.png)",
            "![pixel](http://tracker.example/p.png \"title\")",
            "![pixel](HTTPS://tracker.example/p.png)",
            "![pixel](<https://tracker.example/p q.png>)",
            "![pixel](https&colon;//tracker.example/p.png)",
            "![pixel](//tracker.example/p.png)",
            "![pixel](mailto:x@tracker.example)",
            "![pixel][t]\n\n[t]: https://tracker.example/p.png",
            "![pixel]\n\n[pixel]: https://tracker.example/p.png",
            "[![pixel](https://tracker.example/p.png)](https://example.com)",
            "<img src=\"https://tracker.example/p.png\" alt=\"pixel\">",
            "<IMG SRC=https://tracker.example/p.png alt=pixel>",
            "<p><img src=\"//tracker.example/p.png\" alt=\"pixel\"></p>",
    })
    void givenAnImageFromAnotherSiteWhenRenderedInEitherModeThenNoImageLoadsFromIt(String markdown) {
        for (boolean raw : new boolean[] {false, true}) {
            String html = new Markdown(raw).toHtml(markdown);
            Matcher img = IMG_SRC.matcher(html);
            while (img.find()) {
                assertFalse(img.group(1).contains("tracker.example"), (raw ? "raw: " : "") + html);
            }
            assertFalse(html.contains("<img src=\"http") || html.contains("<img src=\"//"), html);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"![pixel](https://tracker.example/p.png)", "![pixel][t]\n\n[t]: https://tracker.example/p.png"})
    void givenAnAllowedImageFromAnotherSiteWhenRenderedThenItIsALinkWithItsAltText(String markdown) {
        String html = new Markdown(false).toHtml(markdown);
        assertTrue(html.contains("<a href=\"https://tracker.example/p.png\">pixel</a>"), html);
        String raw = new Markdown(true).toHtml("<img src=\"https://tracker.example/p.png\" alt=\"pixel\">");
        assertTrue(raw.contains("<a href=\"https://tracker.example/p.png\">pixel</a>"), raw);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"![chart](img/chart.png)", "![chart](../assets/chart.svg)", "![chart](/assets/c.png)"})
    void givenAnImageOfTheSiteWhenRenderedThenItStaysAnImage(String markdown) {
        String html = new Markdown(false).toHtml(markdown);
        Matcher img = IMG_SRC.matcher(html);
        assertTrue(img.find(), html);
        assertEquals(markdown.substring(markdown.indexOf('(') + 1, markdown.length() - 1), img.group(1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"![a ![](https://tracker.example/i.png) b](https://tracker.example/o.png)",
            "![![](https://tracker.example/i.png)](https://tracker.example/o.png)",
            "![x ![y ![](https://tracker.example/z.png)](https://tracker.example/y.png)](https://tracker.example/x.png)",
            "[![](https://tracker.example/i.png) text](https://example.org/)",
            "![![alt](https://tracker.example/i.png) ![](https://tracker.example/j.png)](https://tracker.example/o.png) after"})
    void givenImagesFromAnotherSiteInsideAnImagesAltTextWhenRenderedThenEachBecomesALinkAndNothingFails(String markdown) {
        for (boolean raw : new boolean[] {false, true}) {
            String html = new Markdown(raw).toHtml(markdown);

            assertFalse(html.contains("<img"), (raw ? "raw: " : "") + html);
            assertTrue(html.contains("href=\"https://tracker.example/"), (raw ? "raw: " : "") + html);
        }
    }
}
