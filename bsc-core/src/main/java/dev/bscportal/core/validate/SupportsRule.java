package dev.bscportal.core.validate;

import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Cascade links: a unit objective supports objectives of its parent (a bare id) or of another unit above it
 * (qualified {@code unit/id}); the company has nothing to support.
 */
final class SupportsRule implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.UNKNOWN_PARENT_OBJECTIVE, ProblemCode.UNKNOWN_UNIT);
    }

    @Override
    public void check(ValidationContext context, Consumer<Problem> report) {
        ReferenceChecker refs = new ReferenceChecker(new StrategyIndex(context.strategy()), report);
        for (Scorecard scorecard : context.strategy().allScorecards()) {
            for (Objective objective : scorecard.objectives()) {
                if (objective.supports().isEmpty()) {
                    continue;
                }
                if (scorecard.isCompany()) {
                    report.accept(Problem.of(ProblemCode.UNKNOWN_PARENT_OBJECTIVE, objective.origin().of("supports"),
                            "Objective " + objective.id() + " is a company objective; the company has no parent to support.",
                            "Remove supports, or move the objective into a unit under units/."));
                    continue;
                }
                for (String target : objective.supports()) {
                    refs.objective(target, scorecard.parentPath(), ProblemCode.UNKNOWN_PARENT_OBJECTIVE,
                            objective.origin().of("supports"), "Objective " + objective.id() + " supports");
                }
            }
        }
    }
}
