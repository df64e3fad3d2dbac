package dev.bscportal.core.markdown;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * flexmark's link label, angle-bracket destination and title patterns, matched in one pass: the same match as
 * the pattern on every short text (where the pattern's backtracking is still affordable), and an answer on
 * long runs of backslashes, where the pattern never finishes.
 */
class EscapedRunsTest {

    private static final Parsing PARSING = new Parsing(new MutableDataSet());

    private static int regexEnd(Pattern p, String s, int start) {
        Matcher m = p.matcher(s);
        m.region(start, s.length());
        return m.find() ? m.end() : -1;
    }

    @Test
    void givenAnyShortTextWhenMatchedInOnePassThenTheMatchIsTheOneThePatternGives() {
        // given 200,000 random texts over the characters that matter (fixed seed: the same texts every run)
        Random random = new Random(20261130L);
        String alphabet = "[]\\\\\\a<>\"'() \n*";
        int compared = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(16);
            for (int k = 0; k < length; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            int start = random.nextInt(text.length());
            // when each pattern is matched by regex and in one pass, then both give the same end
            assertEquals(regexEnd(PARSING.LINK_LABEL, text, start), EscapedRuns.end(EscapedRuns.Kind.LINK_LABEL, text, start),
                    "label in " + text + " at " + start);
            assertEquals(regexEnd(PARSING.LINK_DESTINATION_ANGLES, text, start),
                    EscapedRuns.end(EscapedRuns.Kind.DESTINATION_IN_ANGLES, text, start), "angles in " + text + " at " + start);
            EscapedRuns.Kind title = switch (text.charAt(start)) {
                case '"' -> EscapedRuns.Kind.TITLE_QUOTED;
                case '\'' -> EscapedRuns.Kind.TITLE_APOSTROPHES;
                case '(' -> EscapedRuns.Kind.TITLE_PARENTHESES;
                default -> null;
            };
            if (title != null) {
                assertEquals(regexEnd(PARSING.LINK_TITLE, text, start), EscapedRuns.end(title, text, start),
                        "title in " + text + " at " + start);
            }
            compared++;
        }
        assertEquals(200_000, compared);
    }

    @Test
    void givenALabelOfExactly999CharactersWhenMatchedThenItIsALabelAnd1000IsNot() {
        String ok = "[" + "a".repeat(999) + "]";
        String tooLong = "[" + "a".repeat(1000) + "]";
        assertEquals(regexEnd(PARSING.LINK_LABEL, ok, 0), EscapedRuns.end(EscapedRuns.Kind.LINK_LABEL, ok, 0));
        assertEquals(regexEnd(PARSING.LINK_LABEL, tooLong, 0), EscapedRuns.end(EscapedRuns.Kind.LINK_LABEL, tooLong, 0));
    }

    /** Hang guard: each of these never finished before (the fuzz finding was '[' and 103 backslashes). */
    @ParameterizedTest
    @ValueSource(strings = {"[%s", "[%s\u00fb\u007f", "[x](<%s", "[x](/u \"%s", "[x](/u '%s", "[x](/u (%s", "[x]: /u \"%s",
            "[x]: <%s", "[%s]: /u", "a [b [%s c"})
    void givenALongRunOfBackslashesThatIsNeverClosedWhenRenderedThenItRendersAsText(String shape) {
        String text = shape.replace("%s", "\\".repeat(5_000));
        String html = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new Markdown(false).toHtmlUncached(text));
        // the backslashes are shown, or the line was a reference definition (to the backslashes), which shows nothing
        assertTrue(html.contains("\\\\\\\\") || html.isEmpty(), html.substring(0, Math.min(200, html.length())));
    }
}
