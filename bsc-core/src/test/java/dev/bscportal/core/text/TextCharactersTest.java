package dev.bscportal.core.text;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
