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
     * of a sheet, never an exception; a failure of the library is reported as BSC150, not as a failure of
     * this project's own code (an exception of the reader itself would be a bug; the library's own failures on damaged
     * files, an NPE for a relationship without a target among them, are the user's file and reported as such).
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
            assertFalse(p.message().startsWith("The workbook could not be read: the workbook reader failed unexpectedly"),
                    "an exception of the reader's own code behind: " + p);
        }
    }
}
