package dev.bscportal.core.validate;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.InitiativeStatus;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/** Advice: an initiative that is not finished needs a named owner. */
final class InitiativeOwnerRule implements ScorecardRule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.INITIATIVE_WITHOUT_OWNER);
    }

    @Override
    public void check(OwnScorecard own, Consumer<Problem> report) {
        Scorecard scorecard = own.scorecard();
        for (Initiative initiative : scorecard.initiatives()) {
            boolean finished = initiative.status() == InitiativeStatus.DONE || initiative.status() == InitiativeStatus.CANCELLED;
            if (initiative.owner().isBlank() && !finished) {
                report.accept(Problem.of(ProblemCode.INITIATIVE_WITHOUT_OWNER, initiative.origin().at(),
                        "Initiative " + initiative.id() + " has no owner."));
            }
        }
    }
}
