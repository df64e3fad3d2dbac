package dev.bscportal.core.validate;

import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Advice: two objectives of one perspective with the same {@code order} number. Their places are then decided by
 * file name, which is probably not what the author meant by numbering them.
 */
final class ObjectiveOrderRule implements ScorecardRule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.ORDER_TIE);
    }

    @Override
    public void check(OwnScorecard own, Consumer<Problem> report) {
        Scorecard scorecard = own.scorecard();
        for (Perspective perspective : scorecard.perspectives()) {
            Map<Integer, Objective> first = new HashMap<>();
            // objectives come in authored order, so the one reported is the later of the two by file name
            for (Objective objective : scorecard.objectives()) {
                if (!objective.perspective().equals(perspective.id()) || objective.order().isEmpty()) {
                    continue;
                }
                int order = objective.order().getAsInt();
                Objective earlier = first.putIfAbsent(order, objective);
                if (earlier != null) {
                    report.accept(Problem.of(ProblemCode.ORDER_TIE, objective.origin().of("order"),
                            "Objective " + objective.id() + " has order " + order + ", like " + earlier.id()
                                    + " in the " + perspective.name() + " perspective" + MapShapeRule.unitSuffix(scorecard)
                                    + "; they are placed by file name.",
                            "Give each objective of the " + perspective.name() + " perspective its own order number."));
                }
            }
        }
    }
}
