package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The problems of dates, periods and numbers written the German (or a spreadsheet's) way name the value meant, at
 * their file and line: "'01.03.2026' is not a date. Did you mean '2026-03-01'?" (see {@link LocalFormatsTest}).
 */
class LocalFormatProblemsTest {

    @TempDir
    Path dir;

    @Test
    void theProblemsOfAStrategyWrittenTheGermanWaySayWhatWasMeantAtTheirLines() {
        // given a target with a decimal comma, an initiative with German and slashed dates, and CSV periods and values
        StrategyDir strategy = StrategyDir.valid(dir)
                .write("measures/nps.yaml", "name: NPS\nobjective: c1\nthreshold: 20\ntarget: 30,5\n")
                .write("initiatives/academy.md", "---\nname: Academy\nstart: 01.03.2026\ndue: 2026/12/31\n---\n")
                .write("measurements/more.csv", "measure,period,value\nnps,Q4/2026,31\nrevenue,2026-10,\"1.234,5\"\n");

        // when checked
        List<String> messages = strategy.check().problems().stream()
                .filter(p -> p.code().code().matches("BSC00[8]|BSC01[12]")).map(Problem::describe).sorted().toList();

        // then each names its file and line and the value meant
        assertEquals(List.of(
                "initiatives/academy.md:3: BSC012 '01.03.2026' is not a date. Did you mean '2026-03-01'?",
                "initiatives/academy.md:4: BSC012 '2026/12/31' is not a date. Did you mean '2026-12-31'?",
                "measurements/more.csv:2: BSC011 'Q4/2026' is not a period. Did you mean '2026-Q4'?",
                "measurements/more.csv:3: BSC008 The value '1.234,5' is not a number. Did you mean '1234.5'?",
                "measures/nps.yaml:4: BSC008 'target' must be a number, not '30,5'. Did you mean '30.5'?"),
                messages.stream().map(m -> m.substring(0, m.indexOf(" Fix:") > 0 ? m.indexOf(" Fix:") : m.length())).toList());
        assertTrue(messages.stream().allMatch(m -> m.contains("Fix:")), messages.toString());
    }
}
