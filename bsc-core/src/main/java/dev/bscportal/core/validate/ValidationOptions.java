package dev.bscportal.core.validate;

import dev.bscportal.core.problem.ProblemCode;

import java.util.EnumSet;
import java.util.Set;

/** Which problem codes are switched off, and whether warnings fail the build. */
public record ValidationOptions(Set<ProblemCode> disabled, boolean failOnWarnings) {

    public static final ValidationOptions DEFAULTS = new ValidationOptions(Set.of(), false);

    public ValidationOptions {
        disabled = disabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabled));
    }
}
