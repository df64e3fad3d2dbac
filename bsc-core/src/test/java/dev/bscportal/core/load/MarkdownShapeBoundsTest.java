package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each bound of {@link MarkdownShape} at its exact edge: the last allowed value passes, the next is refused. */
class MarkdownShapeBoundsTest {

    private static final int DEPTH = MarkdownShape.MAX_DEPTH;
    private final List<Problem> problems = new ArrayList<>();

    private boolean check(String text) {
        return MarkdownShape.check(text, "objectives/x.md", 7, true, problems::add);
    }

    private List<String> lines() {
        return ProblemLines.of(problems);
    }

    @Test
    void anEmptyOrMissingTextIsFine() {
        assertTrue(check(""));
        assertTrue(check(null));
        assertEquals(List.of(), lines());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {">", "- ", "1. ", "123456789) "})
    void containersNestedExactlyToTheBoundPassAndOneMoreIsRefused(String marker) {
        assertTrue(check(marker.repeat(DEPTH) + "deepest allowed\n"), lines().toString());

        assertFalse(check("ok\n" + marker.repeat(DEPTH + 1) + "too deep\n"));
        assertEquals(List.of("BSC022 objectives/x.md:8"), lines());
        assertEquals("Here block quotes and lists are nested 33 levels deep; at most 32 levels are rendered.", problems.get(0).message());
    }

    @Test
    void aListMarkerAtTheEndOfTheLineCountsAndOneWithoutASpaceDoesNot() {
        assertFalse(check(">".repeat(DEPTH) + "-\n"));
        assertEquals(List.of("BSC022 objectives/x.md:7"), lines());
        problems.clear();

        assertTrue(check(">".repeat(DEPTH) + "-x\n" + ">".repeat(DEPTH) + "1.x\n" + ">".repeat(DEPTH) + "7\n"), lines().toString());
    }

    @Test
    void tenDigitsOrNonLatinDigitsAreNotAListMarker() {
        // 1234567890. is text (CommonMark allows at most 9 digits); Arabic-Indic digits are text too
        assertTrue(check(">".repeat(DEPTH) + "1234567890. x\n" + ">".repeat(DEPTH) + "\u0661. x\n"), lines().toString());
    }

    @Test
    void tabsIndentListsToTheNextMultipleOfFour() {
        // a list marker after k tabs sits 4k columns in, which counts as 2k levels, plus the marker itself
        assertTrue(check("\t".repeat(15) + "- x\n"), lines().toString());
        assertFalse(check("\t".repeat(16) + "- x\n"));
        assertEquals(List.of("BSC022 objectives/x.md:7"), lines());
        problems.clear();

        // two spaces and a tab reach column 4, the same as one tab
        assertTrue(check("  \t".repeat(15) + "- x\n"), lines().toString());
        assertFalse(check(" \t".repeat(16) + "- x\n"));
    }

    @Test
    void bracketsNestedExactlyToTheBoundPassAndOneMoreIsRefused() {
        assertTrue(check("[".repeat(DEPTH) + "x" + "]".repeat(DEPTH) + "\n"), lines().toString());

        assertFalse(check("[".repeat(DEPTH + 1) + "x" + "]".repeat(DEPTH + 1) + "\n"));
        assertEquals(List.of("BSC022 objectives/x.md:7"), lines());
    }

    @Test
    void openBracketsOfAnEarlierParagraphAreNotClosedByALaterOne() {
        // 20 unclosed openers, a blank line, then 20 nested spans followed by 20 more closers: 20 deep, not 40
        assertTrue(check("[".repeat(20) + "\n\n" + "[".repeat(20) + "x" + "]".repeat(40) + "\n"), lines().toString());
    }

    @Test
    void tooDeepInlineNestingInAYamlTextIsReportedAtTheField() {
        assertFalse(MarkdownShape.check("ok\n\n" + "[".repeat(DEPTH + 1) + "x" + "]".repeat(DEPTH + 1), "measures/m.yaml", 4, false,
                problems::add));
        assertEquals(List.of("BSC022 measures/m.yaml:4"), lines());
    }

    @Test
    void aBlockOfExactlyEightKibPassesAndOneMoreCharacterIsRefused() {
        // each line counts with its line break: one line of 8,191 characters is a block of 8,192
        assertTrue(check("a".repeat(MarkdownShape.MAX_BLOCK_CHARS - 1) + "\n"), lines().toString());

        assertFalse(check("intro\n\n" + "a".repeat(MarkdownShape.MAX_BLOCK_CHARS) + "\n"));
        assertEquals(List.of("BSC023 objectives/x.md:9"), lines());
        assertEquals("The paragraph (or table, or list of definitions) that starts here has over 8 KiB without a blank line.",
                problems.get(0).message());
    }

    @Test
    void aTextOfExactlyTheBoundPassesAndOneMoreCharacterIsRefusedWithItsSize() {
        String exact = paragraphsOf(MarkdownShape.MAX_TEXT_CHARS);
        assertEquals(MarkdownShape.MAX_TEXT_CHARS, exact.length());
        assertTrue(check(exact), lines().toString());

        assertFalse(check(paragraphsOf(MarkdownShape.MAX_TEXT_CHARS + 3 * 1024)));
        assertEquals(List.of("BSC023 objectives/x.md:7"), lines());
        assertEquals("The Markdown text has 131 KiB; at most 128 KiB is rendered.", problems.get(0).message());
    }

    /** Paragraphs of 1,000 characters separated by blank lines, padded to exactly {@code length} characters. */
    private static String paragraphsOf(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() + 1002 <= length) {
            text.append("b".repeat(1000)).append("\n\n");
        }
        text.append("c".repeat(length - text.length()));
        return text.toString();
    }
}
