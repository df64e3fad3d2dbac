package dev.bscportal.core.engine;

import dev.bscportal.core.load.LoadLimits;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.Severity;
import dev.bscportal.core.validate.ValidationOptions;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** How strict a check is: which codes are switched off, whether warnings fail, and input size limits. */
public record CheckOptions(Set<ProblemCode> disabled, boolean failOnWarnings, LoadLimits limits) {

    public static final CheckOptions DEFAULTS = new CheckOptions(Set.of(), false, LoadLimits.DEFAULTS);

    /** Problems that mean a file could not be read at all; switching them off would hide lost content. */
    public static final Set<ProblemCode> ALWAYS_ON = EnumSet.of(
            ProblemCode.MALFORMED_YAML, ProblemCode.MALFORMED_FRONT_MATTER, ProblemCode.MALFORMED_CSV,
            ProblemCode.UNREADABLE_FILE, ProblemCode.UNSAFE_YAML, ProblemCode.FILE_TOO_LARGE,
            ProblemCode.LINK_OUTSIDE_STRATEGY, ProblemCode.MISSING_STRATEGY, ProblemCode.NOT_A_FILE,
            ProblemCode.LINK_LOOP, ProblemCode.UNITS_TOO_DEEP, ProblemCode.MARKDOWN_TOO_DEEP,
            ProblemCode.MARKDOWN_TOO_LARGE);

    /**
     * Why {@code code} may not be switched off by a build setting, or empty when it may. Only advice (warnings) can
     * be: an error switched off would build a site from which the element it reports is silently missing or wrong.
     * The retired BSC052 (now the warning BSC118) stays accepted so that old configurations keep working.
     */
    public static Optional<String> whyNotDisabled(ProblemCode code) {
        if (code.defaultSeverity() == Severity.WARNING || code == ProblemCode.MISSING_TARGETS) {
            return Optional.empty();
        }
        return Optional.of(code.code() + " is an error and cannot be switched off: the site would silently lack"
                + " or misstate what it reports. Fix what it reports; only warnings (BSC1xx, e.g. BSC104) can be switched off.");
    }

    public CheckOptions {
        disabled = disabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabled));
    }

    ValidationOptions validationOptions() {
        return new ValidationOptions(disabled, failOnWarnings);
    }
}
