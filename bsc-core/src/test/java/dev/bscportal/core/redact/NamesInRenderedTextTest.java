package dev.bscportal.core.redact;

import dev.bscportal.core.markdown.Markdown;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A withheld name is found in what Markdown renders to, however the source spells, splits or encodes it, and
 * only as a whole word: look-alikes (longer words, mail addresses, URL paths, host names) stay as they are.
 */
class NamesInRenderedTextTest {

    private static final List<String> NAMES = List.of("Ana Ng", "Al", "Zoë Müller");
    private static final NameMatcher MATCHER = NameMatcher.of(NAMES);
    private static final MarkupScrubber SCRUBBER = new MarkupScrubber(MATCHER);

    static Stream<Arguments> spellingsOfAName() {
        return Stream.of(
                Arguments.of("as written", "Ask Ana Ng about it.", "Ana Ng"),
                Arguments.of("lower case", "ask ana ng about it", "Ana Ng"),
                Arguments.of("upper case", "ASK ANA NG", "Ana Ng"),
                Arguments.of("line break between the parts", "Ask Ana\nNg about it.", "Ana Ng"),
                Arguments.of("CRLF between the parts", "Ask Ana\r\nNg about it.", "Ana Ng"),
                Arguments.of("hard line break", "Ask Ana  \nNg about it.", "Ana Ng"),
                Arguments.of("two spaces and a tab", "Ask Ana \t Ng.", "Ana Ng"),
                Arguments.of("no-break space", "Ask Ana\u00a0Ng.", "Ana Ng"),
                Arguments.of("&nbsp; reference", "Ask Ana&nbsp;Ng.", "Ana Ng"),
                Arguments.of("numeric references", "Ask &#65;na Ng and &#x41;NA&#x20;NG.", "Ana Ng"),
                Arguments.of("strong first part", "Ask **Ana** Ng.", "Ana Ng"),
                Arguments.of("emphasis on both parts", "Ask *Ana* _Ng_.", "Ana Ng"),
                Arguments.of("code span", "Ask `Ana Ng`.", "Ana Ng"),
                Arguments.of("link text", "Ask [Ana Ng](https://intranet.example/p/1).", "Ana Ng"),
                Arguments.of("zero-width space inside", "Ask A\u200bna Ng.", "Ana Ng"),
                Arguments.of("soft hyphen inside", "Ask An\u00ada Ng.", "Ana Ng"),
                Arguments.of("possessive", "Ana Ng's plan", "Ana Ng"),
                Arguments.of("in parentheses", "(Ana Ng)", "Ana Ng"),
                Arguments.of("heading", "# Ana Ng\n\ntext", "Ana Ng"),
                Arguments.of("table cell", "| who |\n|---|\n| Ana Ng |", "Ana Ng"),
                Arguments.of("image alt text", "![Ana Ng](pic.png)", "Ana Ng"),
                Arguments.of("link title", "[plan](plan.html \"by Ana Ng\")", "Ana Ng"),
                Arguments.of("percent-encoded in a link address", "[profile](https://intranet.example/people/Ana%20Ng)", "Ana Ng"),
                Arguments.of("single name at a sentence end", "Owner: Al.", "Al"),
                Arguments.of("single name upper case", "AL said so", "Al"),
                Arguments.of("decomposed accents", "Zoe\u0308 Mu\u0308ller leads", "Zoë Müller"),
                Arguments.of("raw HTML bold, raw HTML allowed", "<b>Ana</b> Ng", "Ana Ng"),
                Arguments.of("emphasis inside the word", "Ask A**n**a Ng.", "Ana Ng"),
                Arguments.of("raw HTML comment inside the word", "Ask A<!-- x -->na Ng.", "Ana Ng"),
                Arguments.of("raw HTML span per letter", "Ask <span>A</span><span>na</span> <i>Ng</i>.", "Ana Ng"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellingsOfAName")
    void givenANameSpelledInMarkdownWhenRenderedAndScrubbedThenNoReadingOfThePageShowsIt(String variant, String source, String name) {
        for (boolean rawHtml : List.of(false, true)) {
            // given the rendered Markdown, which shows the name
            String html = new Markdown(rawHtml).toHtml(source);
            // when the edition's text is scrubbed
            String scrubbed = SCRUBBER.scrub(html);
            // then no reading of it shows the name, and what was around it stays
            assertNull(Shown.leak(scrubbed, true, name), variant + " (raw HTML " + rawHtml + "): " + html + " -> " + scrubbed);
            if (Shown.leak(html, true, name) != null) {
                assertNotEquals(html, scrubbed, variant + ": the name was shown, so the page must change");
            }
        }
    }

    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                Arguments.of("a longer word", "Also, Alba and Alps stay."),
                Arguments.of("a word that starts like the name", "Analysis of Ana Nguyen's data."),
                Arguments.of("an e-mail address", "Write to al@example.com or <mailto:al@example.com>."),
                Arguments.of("a URL path", "See https://example.org/team/al/plan and [plan](https://example.org/al/x.html)."),
                Arguments.of("a host name", "Open al.example.com today."),
                Arguments.of("a file name", "Read al.pdf and notes_al.txt."),
                Arguments.of("a hashtag and a handle", "#al and @al are channels."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookAlikes")
    void givenALookAlikeOfANameWhenScrubbedThenThePageIsUnchanged(String variant, String source) {
        // given rendered Markdown holding only look-alikes of the names
        String html = new Markdown(false).toHtml(source);
        // when scrubbed
        String scrubbed = SCRUBBER.scrub(html);
        // then nothing changed
        assertEquals(html, scrubbed, variant);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookAlikes")
    void givenALookAlikeInAModelTextWhenScrubbedThenItStays(String variant, String source) {
        assertEquals(source, Redactor.modelText(MATCHER).plain(source), variant);
        assertEquals(source, Redactor.modelText(MATCHER).markdown(source), variant);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellingsOfAName")
    void givenANameSpelledInAMarkdownFieldWhenTheModelIsScrubbedThenItsRenderingShowsNoName(String variant, String source, String name) {
        // given a Markdown field of the model
        // when its text is scrubbed (as the model of an edition without owners)
        String field = Redactor.modelText(MATCHER).markdown(source);
        // then neither rendering shows the name, nor the field itself (strategy.json publishes it)
        for (boolean rawHtml : List.of(false, true)) {
            String html = new Markdown(rawHtml).toHtml(field);
            assertNull(Shown.leak(html, true, name), variant + ": " + field + " -> " + html);
        }
        assertNull(Shown.leak(field, false, name), variant + ": " + field);
    }

    @org.junit.jupiter.api.Test
    void givenAPageWhereTwoFieldsMeetAsANameWhenScrubbedThenTheNameIsWithheldAcrossTheTags() {
        String html = "<p><span class=\"a\">Ana</span> <em>Ng</em> said</p><svg><text>Ana</text><text>Ng</text></svg>"
                + "<a href=\"x.html\" title=\"by ANA  NG\" aria-label=\"Ana&#32;Ng\">x</a><img src=\"p.png\" alt=\"Ana Ng\">";
        String scrubbed = SCRUBBER.scrub(html);
        assertNull(Shown.leak(scrubbed, true, "Ana Ng"), scrubbed);
        assertTrue(scrubbed.contains("class=\"a\"") && scrubbed.contains("href=\"x.html\"") && scrubbed.contains(" said"), scrubbed);
    }

    @org.junit.jupiter.api.Test
    void givenJsonWithANameInAStringWhenScrubbedThenKeysAndOtherStringsStay() {
        String json = "{\"name\":\"Plan of Ana Ng\",\"Al\":\"x\",\"note\":\"\\u0041na Ng &amp; co\",\"path\":\"a<\\/b\",\"other\":\"Also\"}";
        String scrubbed = JsonStrings.scrub(json, MATCHER);
        assertNull(Shown.leak(scrubbed, false, "Ana Ng"), scrubbed);
        assertEquals("{\"name\":\"Plan of –\",\"Al\":\"x\",\"note\":\"– &amp; co\",\"path\":\"a<\\/b\",\"other\":\"Also\"}", scrubbed);
    }
}
