package dev.bscportal.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bscportal.core.load.ReaderProbe;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.Map;

class CsvFuzzTest {

    /** Any CSV text gives measurements and the project's own problems at lines of the file. */
    @Timeout(10)
    @FuzzTest
    void csvEndsInMeasurementsOrProblems(byte[] input) {
        String file = "measurements/actuals.csv";
        String text = ReaderProbe.asRead(new String(input, StandardCharsets.UTF_8));

        ReaderProbe.Outcome outcome = ReaderProbe.csv(text, file);

        ProblemInvariants.assertWellFormed(outcome.problems(), Map.of(file, ProblemInvariants.lines(text)));
    }
}
