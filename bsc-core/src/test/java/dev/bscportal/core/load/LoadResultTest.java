package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoadResultTest {

    @Test
    void sortsProblemsInReadingOrderByFileLineAndCode() {
        Problem late = Problem.of(ProblemCode.NOT_A_NUMBER, SourcePosition.of("strategy.yaml", 9), "x");
        Problem early = Problem.of(ProblemCode.UNKNOWN_KEY, SourcePosition.of("strategy.yaml", 2), "x");
        Problem sameLineLowerCode = Problem.of(ProblemCode.MALFORMED_YAML, SourcePosition.of("strategy.yaml", 9), "x");
        Problem otherFile = Problem.of(ProblemCode.INVALID_ID, SourcePosition.of("measures/a.yaml", 30), "x");

        LoadResult result = new LoadResult(Optional.empty(), List.of(late, early, sameLineLowerCode, otherFile));

        assertEquals(List.of(otherFile, early, sameLineLowerCode, late), result.problems());
    }

    @Test
    void defaultLimitsMatchTheFormatContract() {
        assertEquals(1L << 20, LoadLimits.DEFAULTS.maxTextFileBytes());
        assertEquals(20L << 20, LoadLimits.DEFAULTS.maxCsvFileBytes());
        assertEquals(50, LoadLimits.DEFAULTS.maxAliases());
    }
}
