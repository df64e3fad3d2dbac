package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownShapeTest {

    private final List<Problem> problems = new ArrayList<>();

    private boolean check(String text) {
        return MarkdownShape.check(text, "objectives/x.md", 7, true, problems::add);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {">", "> ", "- ", "* ", "+ ", "1. ", "12) ", "> - ", ">1. "})
    void nestingDeeperThanTheBoundIsReportedAtItsLine(String marker) {
        // given a body whose third line nests 33 containers
        String text = "Intro.\n\n" + marker.repeat(33) + "deep\n" + marker.repeat(40) + "deeper\n";
        // when checked, then one BSC022 at that line (the body starts at line 7)
        assertFalse(check(text));
        assertEquals(List.of("BSC022 objectives/x.md:9"), lines());
    }

    @Test
    void listsNestedByIndentationCount() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        assertFalse(check(text.toString()));
        assertEquals(List.of("BSC022 objectives/x.md:" + (7 + 32)), lines());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[", "![", "**a ", "_b "})
    void inlineNestingDeeperThanTheBoundIsReported(String opener) {
        assertFalse(check("ok\n" + opener.repeat(33) + "x\n"));
        assertEquals(List.of("BSC022 objectives/x.md:8"), lines());
    }

    @Test
    void bracketsOpenOverSeveralLinesOfOneParagraphAddUpButABlankLineResets() {
        assertTrue(check("[".repeat(20) + "\n\n" + "[".repeat(20) + "\n"));
        assertFalse(check("[".repeat(20) + "\n" + "[".repeat(20) + "\n"));
        assertEquals(List.of("BSC022 objectives/x.md:8"), lines());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "> quote\n> > reply\n> > > reply again\n",
            "- a\n  - b\n    - c\n      1. d\n",
            "Text with *emphasis*, **strong**, _under_ and [a link](/x) and [[wiki]] brackets.\n",
            "    indented code with [[[[ brackets and **** stars\n",
            "* * *\n\n---\n\n2 * 3 * 4 = 24, a_b_c, snake_case_name\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n",
            "\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[ escaped\n",
    })
    void ordinaryMarkdownPasses(String text) {
        assertTrue(check(text), lines().toString());
    }

    @Test
    void aBlockOverSixteenKibIsReportedAtItsFirstLine() {
        // given a short paragraph, then 1,500 reference definitions without a blank line (about 20 KiB)
        StringBuilder defs = new StringBuilder("Short.\n\n");
        for (int i = 0; i < 1500; i++) {
            defs.append("[r").append(i).append("]: /p").append(i).append('\n');
        }
        assertFalse(check(defs.toString()));
        assertEquals(List.of("BSC023 objectives/x.md:9"), lines());
    }

    @Test
    void manySmallParagraphsPassUpToTheTextBound() {
        String paragraph = "A line of minutes.\n".repeat(50) + "\n";
        assertTrue(check(paragraph.repeat(MarkdownShape.MAX_TEXT_CHARS / paragraph.length())));
        assertFalse(check(paragraph.repeat(MarkdownShape.MAX_TEXT_CHARS / paragraph.length() + 1)));
        assertEquals(List.of("BSC023 objectives/x.md:7"), lines());
    }

    @Test
    void aTextInsideYamlIsReportedAtItsField() {
        assertFalse(MarkdownShape.check("ok\n\n" + ">".repeat(40), "measures/m.yaml", 4, false, problems::add));
        assertEquals(List.of("BSC022 measures/m.yaml:4"), lines());
        assertTrue(problems.get(0).hint().equals(ProblemCode.MARKDOWN_TOO_DEEP.hint()));
    }

    private List<String> lines() {
        return problems.stream().map(p -> p.code().code() + " " + p.position()).toList();
    }
}
