package dev.bscportal.core.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the strategy: a stable code, its severity, where it is, what is wrong and what to do.
 */
public record Problem(ProblemCode code, Severity severity, SourcePosition position, String message, String hint) {

    /** Sorted by file, line, then code: the order users read them in. */
    public static final Comparator<Problem> READING_ORDER = Comparator.comparing(Problem::position)
            .thenComparing(p -> p.code().code())
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    /** A problem with the code's default severity and hint. */
    public static Problem of(ProblemCode code, SourcePosition position, String message) {
        return new Problem(code, code.defaultSeverity(), position, message, code.hint());
    }

    /** A problem with the code's default severity and a specific hint. */
    public static Problem of(ProblemCode code, SourcePosition position, String message, String hint) {
        return new Problem(code, code.defaultSeverity(), position, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code measures/revenue.yaml:12: error BSC012: message (hint)} */
    public String format() {
        String where = position.file().isEmpty() ? "" : position + ": ";
        String tail = hint.isEmpty() ? "" : " Fix: " + hint;
        return where + severity.name().toLowerCase(java.util.Locale.ROOT) + " " + code.code() + ": " + message + tail;
    }
}
