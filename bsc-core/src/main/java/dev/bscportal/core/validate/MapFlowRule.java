package dev.bscportal.core.validate;

import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Advice on the cause-and-effect story: arrows run upward (from enablers to outcomes), and every objective
 * is part of the story (it drives, is driven, or supports a parent objective).
 */
final class MapFlowRule implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.DRIVES_DOWNWARD, ProblemCode.ISOLATED_OBJECTIVE);
    }

    @Override
    public void check(ValidationContext context, Consumer<Problem> report) {
        for (Scorecard scorecard : context.strategy().allScorecards()) {
            List<String> rows = scorecard.perspectives().stream().map(Perspective::id).toList();
            Set<String> driven = new HashSet<>();
            for (Objective objective : scorecard.objectives()) {
                for (String target : objective.drives()) {
                    driven.add(target);
                    scorecard.objective(target).ifPresent(effect -> {
                        int from = rows.indexOf(objective.perspective());
                        int to = rows.indexOf(effect.perspective());
                        if (from >= 0 && to >= 0 && to > from) {
                            report.accept(Problem.of(ProblemCode.DRIVES_DOWNWARD, objective.origin().of("drives"),
                                    "Objective " + objective.id() + " (" + objective.perspective() + ") drives "
                                            + effect.id() + " (" + effect.perspective() + "), an arrow pointing down the map."));
                        }
                    });
                }
            }
            if (scorecard.objectives().size() < 2) {
                continue;
            }
            for (Objective objective : scorecard.objectives()) {
                if (objective.drives().isEmpty() && !driven.contains(objective.id()) && objective.supports().isEmpty()) {
                    report.accept(Problem.of(ProblemCode.ISOLATED_OBJECTIVE, objective.origin().at(),
                            "Objective " + objective.id() + " neither drives nor is driven by another objective."));
                }
            }
        }
    }
}
