package dev.bscportal.core.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteTest {

    @Test
    void aMissingTextIsQuotedAsEmpty() {
        assertEquals("", Quote.clean(null));
        assertEquals("''", Quote.of(null));
    }

    @Test
    void givenControlCharactersAndLineSeparators_whenQuoted_thenEachIsShownAsItsCodePoint() {
        // given text with a tab, a line feed, an escape, U+0085, U+2028 and U+2029 between ordinary letters
        String text = "a\tb\nc\u001bd\u0085e\u2028f\u2029g";
        // when quoted, then each of them is shown as U+XXXX (it was a '?', which did not say which, and looked like one
        // the file could hold) and the letters stay
        assertEquals("'a<U+0009>b<U+000A>c<U+001B>d<U+0085>e<U+2028>f<U+2029>g'", Quote.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Reve\u202Eeunr | 'Reve<U+202E>eunr'",
            "Rev \u2066x\u2069 | 'Rev <U+2066>x<U+2069>'",
            "half \uD800 here | 'half <U+D800> here'",
            "low \uDC00 half | 'low <U+DC00> half'",
            "non \uFFFF \uFDD0 \uD83F\uDFFF | 'non <U+FFFF> <U+FDD0> <U+1FFFF>'",
            "ok عربى 売上 😀 \u200F | 'ok عربى 売上 😀 \u200F'"})
    void givenABidiOverrideALoneSurrogateOrANoncharacter_whenQuotedInAMessage_thenItIsShownAsItsCodePoint(String text, String quoted) {
        // given a value holding a character that reorders or breaks the message (the old rule let these through);
        // when quoted, then the message names it and carries none of it
        assertEquals(quoted, Quote.of(text));
    }

    @Test
    void givenAnUnsafeCharacterPastTheSixtieth_whenQuoted_thenTheCutComesFirstAndNothingIsHalfShown() {
        // given 59 letters, a bidi override, then more
        String text = "x".repeat(59) + "\u202E" + "tail";
        // when quoted, then the override is the 60th character, shown whole, and the cut follows it
        assertEquals("'" + "x".repeat(59) + "<U+202E>...'", Quote.of(text));
    }

    @Test
    void textOfSixtyCodePointsIsKeptWholeAndLongerTextIsCutToSixty() {
        String sixty = "x".repeat(60);
        assertEquals(sixty, Quote.clean(sixty));
        assertEquals(sixty + "...", Quote.clean(sixty + "y"));
        assertEquals(sixty + "...", Quote.clean("x".repeat(5000)));
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOneAndAreNeverCutInHalf() {
        // given 60 emoji (120 UTF-16 units) and 61 emoji
        String sixty = "\uD83D\uDE00".repeat(60);
        assertEquals(sixty, Quote.clean(sixty));
        assertEquals(sixty + "...", Quote.clean(sixty + "\uD83D\uDE00"));
    }
}
