package dev.bscportal.core.problem;

import dev.bscportal.core.text.TextCharacters;

import java.util.Comparator;
import java.util.Locale;
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

    /** {@code measures/revenue.yaml:12: BSC012 message Fix: hint}: what a log line shows after its level. */
    public String describe() {
        return describe("");
    }

    /** Like {@link #describe()}, with {@code pathPrefix} (e.g. {@code src/strategy/}) before the file. */
    public String describe(String pathPrefix) {
        String where = position.file().isEmpty() ? "" : pathPrefix + position + ": ";
        String tail = hint.isEmpty() ? "" : " Fix: " + hint;
        // a message quotes the strategy's text: controls (ESC, CSI) would be interpreted by the terminal
        return TextCharacters.escapedForLog(where + code.code() + " " + message + tail);
    }

    /** {@code error: measures/revenue.yaml:12: BSC012 message Fix: hint} */
    public String format() {
        return severity.name().toLowerCase(Locale.ROOT) + ": " + describe();
    }
}
