package dev.bscportal.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bscportal.core.load.ReaderProbe;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookFuzzTest {

    /**
     * Any bytes named .xlsx give measurements and the project's own problems: in that file, at the file or at a cell
     * of a sheet, never an exception; a failure of the library is reported as BSC150 without naming a Java class of
     * this project's own code (an exception of the reader itself would be a bug).
     */
    @Timeout(10)
    @FuzzTest
    void workbookEndsInMeasurementsOrProblems(byte[] input) {
        String file = "measurements/q3.xlsx";

        ReaderProbe.Outcome outcome = ReaderProbe.workbook(input, file);

        for (Problem p : outcome.problems()) {
            assertFalse(p.message().isBlank() || p.hint().isBlank(), "says what and how to fix: " + p);
            assertEquals(file, p.position().file(), p.toString());
            assertTrue(p.position().isCell() ? p.position().cell().contains("!") || p.code() == ProblemCode.MERGED_CELLS
                    || p.position().line() == 0 : p.position().line() == 0, "a cell or the whole file: " + p);
            assertFalse(p.message().contains("NullPointerException") || p.message().contains("ClassCastException"),
                    "an unexpected exception behind: " + p);
        }
    }
}
