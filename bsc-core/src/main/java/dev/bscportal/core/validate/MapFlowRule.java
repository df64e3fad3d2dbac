package dev.bscportal.core.validate;

import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Advice on the cause-and-effect story: arrows run upward (from enablers to outcomes), and every objective
 * is part of the story (it drives, is driven, or supports a parent objective).
 */
final class MapFlowRule implements ScorecardRule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.DRIVES_DOWNWARD, ProblemCode.ISOLATED_OBJECTIVE);
    }

    /** The perspective's name as the strategy declares it (the id when it is not declared: BSC043 reports that). */
    private static String name(Scorecard scorecard, Objective objective) {
        return scorecard.perspective(objective.perspective()).map(Perspective::name).orElse(objective.perspective());
    }

    /** The fix hint in the strategy's own words: its perspectives from the bottom row up. */
    static String upwardHint(Scorecard scorecard) {
        List<String> names = new ArrayList<>(scorecard.perspectives().stream().map(Perspective::name).toList());
        Collections.reverse(names);
        return "Arrows run up the map, from enablers to outcomes (" + String.join(" -> ", names)
                + "); reverse or remove it.";
    }

    @Override
    public void check(OwnScorecard own, Consumer<Problem> report) {
        Scorecard scorecard = own.scorecard();
        List<String> rows = scorecard.perspectives().stream().map(Perspective::id).toList();
        String upward = upwardHint(scorecard);
        Set<String> driven = new HashSet<>();
        for (Objective objective : scorecard.objectives()) {
            for (String target : objective.drives()) {
                driven.add(target);
                scorecard.objective(target).ifPresent(effect -> {
                    int from = rows.indexOf(objective.perspective());
                    int to = rows.indexOf(effect.perspective());
                    if (from >= 0 && to >= 0 && to > from) {
                        report.accept(Problem.of(ProblemCode.DRIVES_DOWNWARD, objective.origin().of("drives"),
                                "Objective " + objective.id() + " (" + name(scorecard, objective) + ") drives "
                                        + effect.id() + " (" + name(scorecard, effect) + "), an arrow pointing down the map.",
                                upward));
                    }
                });
            }
        }
        if (scorecard.objectives().size() < 2) {
            return;
        }
        for (Objective objective : scorecard.objectives()) {
            if (objective.drives().isEmpty() && !driven.contains(objective.id()) && objective.supports().isEmpty()) {
                report.accept(Problem.of(ProblemCode.ISOLATED_OBJECTIVE, objective.origin().at(),
                        "Objective " + objective.id() + " neither drives nor is driven by another objective."));
            }
        }
    }
}
