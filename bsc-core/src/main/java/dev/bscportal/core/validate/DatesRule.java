package dev.bscportal.core.validate;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/** An initiative cannot be due before it starts. */
final class DatesRule implements ScorecardRule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.DATES_INCONSISTENT);
    }

    @Override
    public void check(OwnScorecard own, Consumer<Problem> report) {
        Scorecard scorecard = own.scorecard();
        for (Initiative initiative : scorecard.initiatives()) {
            if (initiative.start().isPresent() && initiative.due().isPresent()
                    && initiative.due().get().isBefore(initiative.start().get())) {
                report.accept(Problem.of(ProblemCode.DATES_INCONSISTENT, initiative.origin().of("due"),
                        "Initiative " + initiative.id() + " is due " + initiative.due().get()
                                + ", before it starts on " + initiative.start().get() + "."));
            }
        }
    }
}
