package dev.bscportal.core.engine;

import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.Severity;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckOptionsTest {

    @Test
    void everyWarningMayBeSwitchedOffAndNoErrorButTheRetiredOne() {
        for (ProblemCode code : ProblemCode.values()) {
            boolean mayBeDisabled = CheckOptions.whyNotDisabled(code).isEmpty();
            boolean expected = code.defaultSeverity() == Severity.WARNING || code == ProblemCode.MISSING_TARGETS;
            assertEquals(expected, mayBeDisabled, code.code());
        }
    }

    @Test
    void theRefusalNamesTheCodeAndWhatCanBeSwitchedOffInstead() {
        String why = CheckOptions.whyNotDisabled(ProblemCode.MISSING_FIELD).orElseThrow();
        assertTrue(why.startsWith("BSC006 is an error and cannot be switched off"), why);
        assertTrue(why.contains("only warnings"), why);
    }
}
