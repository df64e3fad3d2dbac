package dev.bscportal.core.problem;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemDigestTest {

    private static List<Problem> many(ProblemCode code, int count) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            problems.add(Problem.of(code, SourcePosition.of("measurements/a.csv", i), "row " + i));
        }
        return problems;
    }

    @Test
    void givenSixHundredThousandOfOneCodeWhenDigestedThenFiftyAreShownAndOneLineCountsTheRest() {
        ProblemDigest digest = ProblemDigest.of(many(ProblemCode.DUPLICATE_MEASUREMENT, 600_000));
        assertEquals(50, digest.shown().size());
        assertEquals(1, digest.shown().get(0).position().line(), "the first ones, in the list's order");
        assertEquals(List.of("... and 599,950 more BSC020 problems"), digest.summaries().stream().map(ProblemDigest.Summary::line).toList());
        assertTrue(digest.cut());
    }

    @Test
    void givenManyCodesWhenDigestedThenTheTotalIsBoundedAndEveryCodeLeftOutIsCounted() {
        List<Problem> problems = new ArrayList<>();
        for (ProblemCode code : List.of(ProblemCode.UNKNOWN_KEY, ProblemCode.MISSING_FIELD, ProblemCode.NOT_A_NUMBER,
                ProblemCode.INVALID_VALUE, ProblemCode.STALE_DATA)) {
            problems.addAll(many(code, 60));
        }
        ProblemDigest digest = ProblemDigest.of(problems);
        assertEquals(ProblemDigest.TOTAL, digest.shown().size());
        assertEquals(List.of("... and 10 more BSC005 problems", "... and 10 more BSC006 problems",
                        "... and 10 more BSC008 problems", "... and 10 more BSC009 problems", "... and 60 more BSC108 problems"),
                digest.summaries().stream().map(ProblemDigest.Summary::line).toList());
        int shownPlusLeftOut = digest.shown().size() + digest.summaries().stream().mapToInt(ProblemDigest.Summary::count).sum();
        assertEquals(300, shownPlusLeftOut, "nothing is lost from the count");
    }

    @Test
    void givenAShortListWhenDigestedThenEveryProblemIsShownAndNothingSummarised() {
        ProblemDigest digest = ProblemDigest.of(many(ProblemCode.UNKNOWN_KEY, 50));
        assertEquals(50, digest.shown().size());
        assertFalse(digest.cut());
        assertEquals(List.of(), digest.summaries());
        assertEquals("... and 1 more BSC005 problem", new ProblemDigest.Summary(ProblemCode.UNKNOWN_KEY, 1).line());
    }

    @Test
    void givenProblemsWhenListedInFullThenEachIsOneLineWithItsSeverity() {
        List<String> lines = ProblemDigest.allLines(many(ProblemCode.DUPLICATE_MEASUREMENT, 2), "src/strategy/");
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("ERROR src/strategy/measurements/a.csv:1: BSC020 row 1"), lines.get(0));
    }
}
