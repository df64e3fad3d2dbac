package dev.bscportal.core.fuzz;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every problem report must satisfy, whatever the input: it says what is wrong and how to fix it, and
 * it points into a file that exists, at a line that file has (0 = the whole file; one past the last line is
 * allowed for "missing at the end").
 */
final class ProblemInvariants {

    private ProblemInvariants() {
    }

    /** How YamlReader's message for an exception SnakeYAML was not expected to throw begins. */
    private static final String UNEXPECTED_YAML_FAILURE = "The YAML could not be read: the YAML library failed unexpectedly";

    /** {@code lineCounts}: the files the input consists of, with their number of lines. */
    static void assertWellFormed(List<Problem> problems, Map<String, Integer> lineCounts) {
        for (Problem p : problems) {
            assertFalse(p.message().isBlank(), "message is blank: " + p);
            assertFalse(p.hint().isBlank(), "hint is blank: " + p);
            // an exception a parser did not expect is mapped to a problem for the user, but is a finding here; the
            // check is on the start of the message, which no input can write (a CSV header may echo any text)
            assertFalse(p.code() == ProblemCode.MALFORMED_YAML && p.message().startsWith(UNEXPECTED_YAML_FAILURE),
                    "an unexpected exception behind: " + p);
            String file = p.position().file();
            int line = p.position().line();
            Integer lines = lineCounts.get(file);
            if (lines == null) {
                assertTrue(line == 0, "a line in a file that is not part of the input: " + p);
            } else {
                assertTrue(line >= 0 && line <= lines + 1, "line " + line + " outside " + file + " (" + lines + " lines): " + p);
            }
        }
    }

    /** Lines of a text as read by the loader (LF only). */
    static int lines(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** Lines of raw file bytes, counting LF, CRLF and a lone CR as one line end each, as the loader does. */
    static int lines(byte[] bytes) {
        int lines = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                lines++;
            }
        }
        return lines;
    }
}
