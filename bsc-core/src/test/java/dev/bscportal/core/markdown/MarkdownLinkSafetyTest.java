package dev.bscportal.core.markdown;

import dev.bscportal.core.text.UrlPolicy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every way of writing a link in Markdown goes through the one URL policy, in both raw-HTML modes. */
class MarkdownLinkSafetyTest {

    static Stream<String> hostileMarkdown() {
        return Stream.of(
                "[Read](javascript:alert(1))",
                "[Read](jav&#x61;script:void(window.__pwned=1))",
                "[Read](jav&#X61;script:alert(1))",
                "[Read](jav&#97;script:alert(1))",
                "[Read](jav&#0000097;script:alert(1))",
                "[Read](javascript&colon;alert(1))",
                "[Read](javascript&#58;alert(1))",
                "[Read](java&Tab;script:alert(1))",
                "[Read](java&NewLine;script:alert(1))",
                "[Read](java&#x09;script:alert(1))",
                "[Read](java&#10;script:alert(1))",
                "[Read](JaVaScRiPt:alert(1))",
                "[Read](<javascript:alert(1)>)",
                "[Read](<java script:alert(1)>)",
                "[Read](java\\&#x61;script:alert(1))",
                "[Read](javascript%3Aalert(1))",
                "[Read](vbscript:msgbox(1))",
                "[Read](file:///etc/passwd)",
                "[Read](//evil.example/x)",
                "[Read](data&colon;text/html,<script>alert(1)</script>)",
                "![Logo](data&colon;image/svg+xml,<svg onload=alert(1)>)",
                "![Logo](jav&#x61;script:alert(1))",
                "[Read][x]\n\n[x]: jav&#x61;script:alert(1)",
                "[Read][]\n\n[Read]: javascript&colon;alert(1)",
                "[Read]\n\n[Read]: <java&#x09;script:alert(1)> \"title\"",
                "![Logo][img]\n\n[img]: data&colon;text/html,x",
                "<javascript:alert(1)>",
                "<jav&#x61;script:alert(1)>",
                "<vbscript:msgbox(1)>",
                "[[nested [brackets]]](jav&#x61;script:alert(1))",
                "[![Logo](/logo.svg)](jav&#x61;script:alert(1))",
                "[outer [inner](javascript:alert(1))](/ok)",
                "* item [Read](jav&#x61;script:alert(1))\n> quote [Read](javascript&colon;alert(1))",
                "| a | b |\n|---|---|\n| [Read](jav&#x61;script:alert(1)) | x |",
                "# Heading [Read](javascript&colon;alert(1))",
                "<a href=\"javascript:alert(1)\">Read</a>",
                "<a href=\"jav&#x61;script:alert(1)\">Read</a> <img src=x onerror=alert(1)>");
    }

    @ParameterizedTest(name = "escaped raw HTML: {0}")
    @MethodSource("hostileMarkdown")
    void noLinkOrImageWithARefusedSchemeIsWritten(String markdown) {
        // given hostile Markdown / when it is converted / then no href or src the policy refuses remains
        assertOnlyAllowedTargets(new Markdown(false).toHtml(markdown));
    }

    @ParameterizedTest(name = "raw HTML allowed: {0}")
    @MethodSource("hostileMarkdown")
    void rawHtmlModeAlsoWritesNoRefusedTargetNorScript(String markdown) {
        String html = new Markdown(true).toHtml(markdown);
        assertOnlyAllowedTargets(html);
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("script, [onerror], [onload], [onclick]").isEmpty(), html);
    }

    @Test
    void theTextOfARefusedLinkStaysReadable() {
        String html = new Markdown(false).toHtml("See [the report](jav&#x61;script:alert(1)) and ![a chart](javascript:x).");
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("a, img").isEmpty(), html);
        assertEquals("See the report and a chart.", doc.text());
    }

    static Stream<Arguments> legitimateLinks() {
        return Stream.of(
                Arguments.of("[Revenue](../measures/revenue.html)", "a", "href", "../measures/revenue.html"),
                Arguments.of("[Down](#minutes)", "a", "href", "#minutes"),
                Arguments.of("[Dash](https://example.com/dash?q=1&x=2#top)", "a", "href", "https://example.com/dash?q=1&x=2#top"),
                Arguments.of("[Old](http://intranet.local:8080/a)", "a", "href", "http://intranet.local:8080/a"),
                Arguments.of("[Mail](mailto:team@example.com)", "a", "href", "mailto:team@example.com"),
                Arguments.of("<https://example.com/x>", "a", "href", "https://example.com/x"),
                Arguments.of("<team@example.com>", "a", "href", "mailto:team@example.com"),
                Arguments.of("[Ref][r]\n\n[r]: https://example.com/r \"Title\"", "a", "href", "https://example.com/r"),
                Arguments.of("![Chart](images/chart.png)", "img", "src", "images/chart.png"),
                Arguments.of("[Space](docs/report%20final.pdf)", "a", "href", "docs/report%20final.pdf"));
    }

    @ParameterizedTest(name = "kept: {0}")
    @MethodSource("legitimateLinks")
    void legitimateLinksSurviveUnchanged(String markdown, String element, String attribute, String target) {
        for (boolean raw : List.of(false, true)) {
            Element e = Jsoup.parseBodyFragment(new Markdown(raw).toHtml(markdown)).selectFirst(element);
            assertTrue(e != null, markdown + " (raw " + raw + ")");
            assertEquals(target, e.attr(attribute), markdown + " (raw " + raw + ")");
        }
    }

    @ParameterizedTest(name = "raw HTML kept: {0}")
    @ValueSource(strings = {"<details><summary>More</summary><p>Hidden <b>text</b></p></details>",
            "<table><tr><td colspan=\"2\">x</td></tr></table>", "<a href=\"https://example.com\" title=\"t\">ok</a>"})
    void rawHtmlModeKeepsHarmlessMarkup(String markdown) {
        // given harmless raw HTML / when converted with raw HTML allowed / then the markup is all still there
        String expected = Jsoup.parseBodyFragment(markdown).body().html();
        String actual = Jsoup.parseBodyFragment(new Markdown(true).toHtml(markdown)).body().html();
        assertTrue(actual.contains(expected), actual);
    }

    @Test
    void rawHtmlIsEscapedByDefault() {
        String html = new Markdown(false).toHtml("<b onclick=\"alert(1)\">x</b>");
        assertFalse(html.contains("<b"), html);
        assertTrue(html.contains("&lt;b"), html);
    }

    static void assertOnlyAllowedTargets(String html) {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.select("[href], [src], [xlink:href], [action], [formaction]")) {
            for (String attribute : List.of("href", "src", "xlink:href", "action", "formaction")) {
                if (e.hasAttr(attribute)) {
                    // jsoup's attr() is the value after entity decoding: what the browser follows
                    assertTrue(UrlPolicy.allows(e.attr(attribute)), attribute + "=" + e.attr(attribute) + " in " + html);
                }
            }
        }
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).matches("(?s).*(href|src)=\"\\s*(javascript|vbscript|data):.*"), html);
    }
}
