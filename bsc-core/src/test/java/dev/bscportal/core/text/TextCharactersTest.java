package dev.bscportal.core.text;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a log line shows of a text from the strategy: every control, surrogate half and noncharacter as U+XXXX. */
class TextCharactersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "clear \u001B[2J screen | clear <U+001B>[2J screen",
            "csi \u009B2J | csi <U+009B>2J",
            "bell \u0007 and del \u007F | bell <U+0007> and del <U+007F>",
            "over\u202Eride and \u2066isolate\u2069 | over<U+202E>ride and <U+2066>isolate<U+2069>",
            "lone \uD800 and \uDC00 | lone <U+D800> and <U+DC00>",
            "non \uFFFE \uFDD0 \uD83F\uDFFF | non <U+FFFE> <U+FDD0> <U+1FFFF>",
            "carriage \r return | carriage <U+000D> return",
            "ok عربى עברית 売上 😀 👩\u200D👩\u200D👧 e\u0301 \u200F | ok عربى עברית 売上 😀 👩\u200D👩\u200D👧 e\u0301 \u200F"})
    void givenATextWithControls_whenEscapedForALog_thenEachIsShownAsItsCodePointAndTheRestIsKept(String text, String shown) {
        assertEquals(shown, TextCharacters.escapedForLog(text));
    }

    @Test
    void givenAProblemQuotingHostileText_whenDescribedForTheLog_thenNoControlReachesTheTerminal() {
        Problem problem = Problem.of(ProblemCode.UNKNOWN_KEY, SourcePosition.of("measures/nps.yaml", 3),
                "Unknown key 'x\u001B]0;owned\u0007\u009B2J' in a measure.");

        assertEquals("measures/nps.yaml:3: BSC005 Unknown key 'x<U+001B>]0;owned<U+0007><U+009B>2J' in a measure. Fix: "
                + ProblemCode.UNKNOWN_KEY.hint(), problem.describe());
    }

    @Test
    void givenEveryCodePoint_whenXml10ForbidsIt_thenItIsUnsafeInALine() {
        // given XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean xml = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                    || cp >= 0x10000;
            // then whatever XML cannot carry, a cell, message or log line does not either
            if (!xml) {
                assertTrue(TextCharacters.unsafeInLine(cp), Integer.toHexString(cp));
            }
        }
    }

    @Test
    void givenTheCharactersALineMustNotCarry_whenJudged_thenUnsafeInLineAgreesWithTheVerdictOnALine() {
        for (int cp : new int[] {0x0, 0x9, 0xA, 0xD, 0x1B, 0x7F, 0x85, 0x9B, 0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069,
                0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFF, 0x10FFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF}) {
            assertTrue(TextCharacters.unsafeInLine(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {0x20, 'a', 0x200E, 0x200F, 0x061C, 0x200D, 0x0301, 0xFEFF, 0xFFFD, 0x1F600, 0x58F2}) {
            assertFalse(TextCharacters.unsafeInLine(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void givenATextQuotedInOneLine_whenEscapedInLine_thenTabAndLineFeedAreShownToo() {
        assertEquals("tab<U+0009>and<U+000A>feed", TextCharacters.escapedInLine("tab\tand\nfeed"));
        assertEquals("over<U+202E>ride <U+D800> <U+FFFF> <U+1FFFF>", TextCharacters.escapedInLine("over\u202Eride \uD800 \uFFFF \uD83F\uDFFF"));
        assertEquals("ok 😀 עברית", TextCharacters.escapedInLine("ok 😀 עברית"));
    }

    @Test
    void givenUnsafeCharactersAndPairs_whenSpacedInLine_thenEachUnsafeOneIsOneSpaceAndPairsStayWhole() {
        assertEquals("a b c d e f 😀 g", TextCharacters.spacedInLine("a\u202Eb\uD800c\uFFFFd\te\uD83F\uDFFFf 😀 g"));
        assertEquals("plain", TextCharacters.spacedInLine("plain"));
    }

    @Test
    void givenACutInsideASurrogatePair_whenCut_thenThePairIsLeftOutWhole() {
        assertEquals("ab", TextCharacters.cut("ab\uD83D\uDE00", 3));
        assertEquals("ab\uD83D\uDE00", TextCharacters.cut("ab\uD83D\uDE00c", 4));
        assertEquals("ab", TextCharacters.cut("ab", 5));
    }
}
