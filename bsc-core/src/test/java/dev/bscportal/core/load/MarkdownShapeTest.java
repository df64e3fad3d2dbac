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
    @ValueSource(strings = {"[|]", "![|](/x)", "**a | c**", "_b | c_", "*a | b*", "[**a |** b]"})
    void inlineNestingDeeperThanTheBoundIsReported(String pair) {
        // given 33 spans that open and close inside each other, opened on line 8
        String[] parts = pair.split("\\|");
        String deep = parts[0].repeat(33) + "x" + parts[1].repeat(33);
        // when checked, then one BSC022 at that line
        assertFalse(check("ok\n" + deep + "\n"));
        assertEquals(List.of("BSC022 objectives/x.md:8"), lines());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"*a ", "_a ", "**a ", "[a ", "[", "![a ", "a] [b", "*a* ", "[a](/x) ", "**a** ", "[*a ", "*[a "})
    void flatButLongInlineRunsPass(String piece) {
        // given 2,000 openers that never close, or spans that close at once: long but flat
        String flat = piece.repeat(2000) + "end\n";
        // when checked, then no BSC022 (the block is within 8 KiB only for short pieces, so BSC023 may be reported)
        check(flat);
        assertTrue(lines().stream().noneMatch(l -> l.startsWith("BSC022")), lines().toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"> a\n", "- a\n", "1. a\n", "> - a\n", "* a\n"})
    void longButFlatQuotesAndListsPass(String line) {
        // given 2,000 lines at the same shallow depth, split into paragraphs to stay under the block bound
        String flat = (line.repeat(100) + "\n").repeat(20);
        assertTrue(check(flat), lines().toString());
    }

    @Test
    void spansClosedInALaterLineOfTheParagraphAddUpButABlankLineResets() {
        assertTrue(check("**a ".repeat(20) + "\n\n" + "**a ".repeat(20) + "x" + " c**".repeat(20) + "\n"));
        assertFalse(check("[".repeat(20) + "\n" + "[".repeat(20) + "x" + "]".repeat(40) + "\n"));
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
    void aBlockOverEightKibIsReportedAtItsFirstLine() {
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "See [the plan](javascript:alert(1)).",
            "See [the plan](jav&#x61;script:alert(1)).",
            "See [the plan](<java script:alert(1)>).",
            "![chart](data&colon;image/svg+xml,x)",
            "[plan]: vbscript:msgbox(1)",
            "   [plan]: <file:///etc/passwd> \"title\"",
            "Mail <javascript:alert(1)> now",
            "[a](/ok) and [b](//evil.example/x)",
    })
    void aLinkTargetThePortalDropsIsWarnedAboutAtItsLine(String line) {
        // given a body whose third line holds a link the portal will drop
        String text = "Intro [ok](../measures/nps.html).\n\n" + line + "\n";
        // when checked, then the text is kept and one BSC112 warning points at that line
        assertTrue(check(text));
        assertEquals(List.of("BSC112 objectives/x.md:9"), lines());
        assertFalse(problems.get(0).isError());
        assertTrue(problems.get(0).message().contains("not kept"), problems.get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[a](../m.html) [b](#x) [c](https://e.com/?q=1&a=2) [d](mailto:x@e.com) <https://e.com>",
            "[r]: https://example.com \"t\"", "![i](img/a.png)", "<x@example.com>", "time 10:30, ratio 2:1, key: value"})
    void linksThePortalKeepsGiveNoWarning(String line) {
        assertTrue(check(line + "\n"));
        assertEquals(List.of(), lines());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "[x](javascript:alert(1))|javascript:alert(1)",
            "[x](javascript:void(window.a=(1)) \"t\")|javascript:void(window.a=(1))",
            "[x](<javascript:alert(1) >)|javascript:alert(1) ",
            "[x](javascript:alert\\(1)|javascript:alert\\(1",
            "![x](data:image/svg+xml,(a)(b))|data:image/svg+xml,(a)(b)",
            "[x][r]\n\n[r]: javascript:alert((1))|javascript:alert((1))",
            "<a href=\"javascript:alert(1)\">x</a>|javascript:alert(1)",
            "<A HREF='vbscript:msgbox(1)'>x</A>|vbscript:msgbox(1)",
            "<img alt=x src=javascript:alert(1)>|javascript:alert(1)",
    })
    void aDroppedTargetIsQuotedWholeAlsoWithParenthesesAndInRawHtml(String caseText) {
        // given a link whose target the portal drops, written with parentheses, in a reference or in raw HTML
        String[] parts = caseText.split("\\|");
        // when checked, then BSC112 quotes the whole target
        assertTrue(check(parts[0] + "\n"));
        List<Problem> dropped = problems.stream().filter(p -> p.code() == ProblemCode.LINK_DROPPED).toList();
        assertEquals(1, dropped.size(), lines().toString());
        assertTrue(dropped.get(0).message().contains("'" + parts[1] + "' is not kept"), dropped.get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "![pixel](https://tracker.example/p.png)",
            "Text ![pixel](http://tracker.example/p.png \"t\") more",
            "![pixel][t]\n[t]: https://tracker.example/p.png",
            "![pixel]\n[pixel]: <https://tracker.example/p.png>",
            "<img src=\"https://tracker.example/p.png\" alt=\"pixel\">",
            "<IMG SRC=HTTPS://tracker.example/p.png>",
            "[![pixel](https://tracker.example/p.png)](https://example.com)",
    })
    void anImageFromAnotherSiteIsWarnedAboutAtItsLine(String line) {
        // given a body whose third line shows an image from another site
        assertTrue(check("Intro ![ok](img/ok.png).\n\n" + line + "\n"));
        // then one BSC117 warning there, quoting the image's address
        assertEquals(List.of("BSC117 objectives/x.md:9"), lines());
        assertFalse(problems.get(0).isError());
        assertTrue(problems.get(0).message().contains("tracker.example/p.png"), problems.get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"![chart](img/chart.png)", "![c](../assets/c.svg \"t\")", "[site](https://example.com)",
            "<img src=\"assets/c.png\">", "<a href=\"https://example.com\">x</a>", "![c][r]\n[r]: img/c.png"})
    void imagesOfTheSiteAndLinksToOtherSitesGiveNoWarning(String line) {
        assertTrue(check(line + "\n"));
        assertEquals(List.of(), lines());
    }

    private List<String> lines() {
        return problems.stream().map(p -> p.code().code() + " " + p.position()).toList();
    }
}
