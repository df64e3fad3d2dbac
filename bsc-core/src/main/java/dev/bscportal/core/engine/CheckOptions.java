package dev.bscportal.core.engine;

import dev.bscportal.core.load.LoadLimits;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.validate.ValidationOptions;

import java.util.EnumSet;
import java.util.Set;

/** How strict a check is: which codes are switched off, whether warnings fail, and input size limits. */
public record CheckOptions(Set<ProblemCode> disabled, boolean failOnWarnings, LoadLimits limits) {

    public static final CheckOptions DEFAULTS = new CheckOptions(Set.of(), false, LoadLimits.DEFAULTS);

    /** Problems that mean a file could not be read at all; switching them off would hide lost content. */
    public static final Set<ProblemCode> ALWAYS_ON = EnumSet.of(
            ProblemCode.MALFORMED_YAML, ProblemCode.MALFORMED_FRONT_MATTER, ProblemCode.MALFORMED_CSV,
            ProblemCode.UNREADABLE_FILE, ProblemCode.UNSAFE_YAML, ProblemCode.FILE_TOO_LARGE,
            ProblemCode.LINK_OUTSIDE_STRATEGY, ProblemCode.MISSING_STRATEGY, ProblemCode.NOT_A_FILE,
            ProblemCode.LINK_LOOP, ProblemCode.UNITS_TOO_DEEP);

    public CheckOptions {
        disabled = disabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabled));
    }

    ValidationOptions validationOptions() {
        return new ValidationOptions(disabled, failOnWarnings);
    }
}
