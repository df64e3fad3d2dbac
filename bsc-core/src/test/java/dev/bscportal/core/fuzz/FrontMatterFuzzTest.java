package dev.bscportal.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bscportal.core.load.ReaderProbe;
import dev.bscportal.core.load.ReaderProbe.MarkdownKind;
import org.junit.jupiter.api.Timeout;

import java.util.Map;

class FrontMatterFuzzTest {

    /**
     * Any Markdown file read as an objective ('0'), initiative ('1') or review ('2') is split into front
     * matter and body and gives the element or the project's own problems at lines of the file.
     */
    @Timeout(10)
    @FuzzTest
    void markdownEndsInAnElementOrProblems(byte[] input) {
        FuzzInput fuzz = FuzzInput.of(input, 3);
        MarkdownKind kind = MarkdownKind.values()[fuzz.choice()];
        String file = switch (kind) {
            case OBJECTIVE -> "objectives/c1.md";
            case INITIATIVE -> "initiatives/academy.md";
            case REVIEW -> "reviews/2026-Q3.md";
        };
        String text = fuzz.text();

        ReaderProbe.Outcome outcome = ReaderProbe.markdown(text, file, kind);

        ProblemInvariants.assertWellFormed(outcome.problems(), Map.of(file, ProblemInvariants.lines(text)));
    }
}
