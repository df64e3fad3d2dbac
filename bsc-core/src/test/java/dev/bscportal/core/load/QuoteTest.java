package dev.bscportal.core.load;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteTest {

    @Test
    void aMissingTextIsQuotedAsEmpty() {
        assertEquals("", Quote.clean(null));
        assertEquals("''", Quote.of(null));
    }

    @Test
    void controlCharactersAndUnicodeLineSeparatorsBecomeQuestionMarks() {
        // given text with a tab, a line feed, an escape, U+0085, U+2028 and U+2029 between ordinary letters
        String text = "a\tb\nc\u001bd\u0085e\u2028f\u2029g";
        // when quoted, then each of them is a question mark and the letters stay
        assertEquals("'a?b?c?d?e?f?g'", Quote.of(text));
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
