package dev.bscportal.core.validate;

import dev.bscportal.core.load.Suggestions;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Theme;
import dev.bscportal.core.problem.AllowedValues;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/** An objective's perspective and themes must be declared in its scorecard (or inherited defaults). */
final class ClassificationRule implements ScorecardRule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.UNKNOWN_PERSPECTIVE, ProblemCode.UNKNOWN_THEME);
    }

    @Override
    public void check(OwnScorecard own, Consumer<Problem> report) {
        Scorecard scorecard = own.scorecard();
        String file = (scorecard.isCompany() ? "" : scorecard.directory() + "/") + "strategy.yaml";
        String perspectives = AllowedValues.useOneOf(scorecard.perspectives().stream().map(Perspective::id).toList(),
                file + " declares no perspectives (an empty 'perspectives' list, or none of its entries could be read):"
                        + " list at least one there, or remove the key to use financial, customer, internal and learning.");
        String themes = AllowedValues.useOneOf(scorecard.themes().stream().map(Theme::id).toList(),
                "Declare it under themes in " + file + ", or remove it from the objective's themes.");
        for (Objective objective : scorecard.objectives()) {
            if (scorecard.perspective(objective.perspective()).isEmpty()) {
                report.accept(Problem.of(ProblemCode.UNKNOWN_PERSPECTIVE, objective.origin().of("perspective"),
                        "Perspective '" + objective.perspective() + "' of objective " + objective.id() + " is not declared."
                                + Suggestions.didYouMean(objective.perspective(),
                                        scorecard.perspectives().stream().map(Perspective::id).toList()),
                        perspectives));
            }
            for (String theme : objective.themes()) {
                if (scorecard.theme(theme).isEmpty()) {
                    report.accept(Problem.of(ProblemCode.UNKNOWN_THEME, objective.origin().of("themes"),
                            "Theme '" + theme + "' of objective " + objective.id() + " is not declared in strategy.yaml."
                                    + Suggestions.didYouMean(theme, scorecard.themes().stream().map(Theme::id).toList()),
                            themes));
                }
            }
        }
    }
}
