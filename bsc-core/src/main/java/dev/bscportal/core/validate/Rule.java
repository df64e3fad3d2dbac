package dev.bscportal.core.validate;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.Set;
import java.util.function.Consumer;

/**
 * One check over a loaded strategy. A rule reports through {@code report} and never throws for bad
 * input; the codes it can report are listed so the runner can skip a rule whose codes are all disabled.
 */
public interface Rule {

    /** The codes this rule may report. */
    Set<ProblemCode> codes();

    /** Reports every problem this rule finds. */
    void check(ValidationContext context, Consumer<Problem> report);
}
