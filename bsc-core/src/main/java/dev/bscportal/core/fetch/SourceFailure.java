package dev.bscportal.core.fetch;

import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

/** Why one source could not be fetched; {@code retryable} failures are tried again after a pause. */
final class SourceFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final ProblemCode code;
    private final transient SourcePosition position;
    private final boolean retryable;
    private final String hint;

    SourceFailure(ProblemCode code, SourcePosition position, String message, boolean retryable) {
        this(code, position, message, code.hint(), retryable);
    }

    SourceFailure(ProblemCode code, SourcePosition position, String message, String hint) {
        this(code, position, message, hint, false);
    }

    private SourceFailure(ProblemCode code, SourcePosition position, String message, String hint, boolean retryable) {
        super(message, null, false, false);
        this.code = code;
        this.position = position;
        this.retryable = retryable;
        this.hint = hint;
    }

    String hint() {
        return hint;
    }

    SourceFailure(ProblemCode code, SourcePosition position, String message) {
        this(code, position, message, false);
    }

    ProblemCode code() {
        return code;
    }

    SourcePosition position() {
        return position;
    }

    boolean retryable() {
        return retryable;
    }
}
