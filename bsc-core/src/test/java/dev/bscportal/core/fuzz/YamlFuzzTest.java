package dev.bscportal.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bscportal.core.load.ReaderProbe;
import dev.bscportal.core.load.ReaderProbe.YamlKind;
import org.junit.jupiter.api.Timeout;

import java.util.Map;

class YamlFuzzTest {

    /**
     * Any YAML text read as a measure ('0') or an OKR file ('1') gives the element or the project's own
     * problems, each pointing at a line of the file, never an exception.
     */
    @Timeout(10)
    @FuzzTest
    void yamlEndsInAnElementOrProblems(byte[] input) {
        FuzzInput fuzz = FuzzInput.of(input, 2);
        YamlKind kind = YamlKind.values()[fuzz.choice()];
        String file = kind == YamlKind.MEASURE ? "measures/revenue.yaml" : "okrs/2026-Q3.yaml";
        String text = fuzz.text();

        ReaderProbe.Outcome outcome = ReaderProbe.yaml(text, file, kind);

        ProblemInvariants.assertWellFormed(outcome.problems(), Map.of(file, ProblemInvariants.lines(text)));
    }
}
