package dev.bscportal.core.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The text search indexes: Markdown without its markup, every entity decoded, link targets left out. */
class MarkdownPlainTextTest {

    private final Markdown markdown = new Markdown(false);

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Caf&eacute; &amp; bar|Café & bar",
            "em&mdash;dash and &hellip;|em—dash and …",
            "non&nbsp;breaking|non breaking",
            "hex &#x2192; and decimal &#8364;|hex → and decimal €",
            "`&lt;b&gt; &quot;quoted&quot; &#39;single&#39;`|`<b> \"quoted\" 'single'`"})
    void givenEntities_whenMadePlain_thenEveryEntityIsDecoded(String source, String plain) {
        assertEquals(plain, markdown.toPlainText(source));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "**Grow** _revenue_ `fast`|Grow revenue fast",
            "`# Heading\n\nFirst paragraph.\n\n- one\n- two`|Heading First paragraph. one two",
            "See [the plan](https://example.org/plan) now|See the plan now",
            "`| a | b |\n|---|---|\n| 1 | 2 |`|a b 1 2"})
    void givenMarkup_whenMadePlain_thenOnlyTheWordsRemainSeparatedBySingleSpaces(String source, String plain) {
        assertEquals(plain, markdown.toPlainText(source));
    }

    /** Raw HTML is shown escaped on the page (allowRawHtml off), so search finds it as the text readers see. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"`<b>bold</b> text`|`<b>bold</b> text`"})
    void givenRawHtmlShownAsText_whenMadePlain_thenItIsIndexedAsTheVisibleText(String source, String plain) {
        assertEquals(plain, markdown.toPlainText(source));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[click](javascript:alert(1))", "[a](vbscript:msgbox)", "![x](https://tracker.example/p.gif)"})
    void givenHostileLinksOrHtml_whenMadePlain_thenNoTargetOrTagIsIndexed(String source) {
        String plain = markdown.toPlainText(source);
        assertFalse(plain.contains("javascript:") || plain.contains("vbscript:") || plain.contains("tracker.example") || plain.contains("<script"), plain);
    }
}
