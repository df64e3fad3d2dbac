package dev.bscportal.core.validate;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.ObjectiveLink;
import dev.bscportal.core.model.Okr;
import dev.bscportal.core.model.OkrSet;
import dev.bscportal.core.model.Review;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every place that names an objective must name one that exists: drives arrows, measure links, initiative
 * objectives, OKR supports and review commentary. Drives stay within one scorecard.
 */
final class ObjectiveReferencesRule implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.UNKNOWN_OBJECTIVE, ProblemCode.UNKNOWN_UNIT);
    }

    @Override
    public void check(ValidationContext context, Consumer<Problem> report) {
        ReferenceChecker refs = new ReferenceChecker(new StrategyIndex(context.strategy()), report);
        for (Scorecard scorecard : context.strategy().allScorecards()) {
            String here = scorecard.path();
            for (Objective objective : scorecard.objectives()) {
                for (String target : objective.drives()) {
                    if (target.contains("/")) {
                        report.accept(Problem.of(ProblemCode.UNKNOWN_OBJECTIVE, objective.origin().of("drives"),
                                "drives '" + target + "': drives arrows link objectives of the same scorecard.",
                                "Use a plain id of this scorecard; link to other units with supports."));
                    } else {
                        refs.objective(target, here, ProblemCode.UNKNOWN_OBJECTIVE, objective.origin().of("drives"),
                                "Objective " + objective.id() + " drives");
                    }
                }
            }
            for (Measure measure : scorecard.measures()) {
                for (ObjectiveLink link : measure.objectives()) {
                    refs.objective(link.objective(), here, ProblemCode.UNKNOWN_OBJECTIVE, link.origin().at(),
                            "Measure " + measure.id() + " tracks objective");
                }
            }
            for (Initiative initiative : scorecard.initiatives()) {
                for (String target : initiative.objectives()) {
                    refs.objective(target, here, ProblemCode.UNKNOWN_OBJECTIVE, initiative.origin().of("objectives"),
                            "Initiative " + initiative.id() + " names objective");
                }
            }
            for (OkrSet set : scorecard.okrs()) {
                for (Okr okr : set.okrs()) {
                    for (String target : okr.supports()) {
                        refs.objective(target, here, ProblemCode.UNKNOWN_OBJECTIVE,
                                okr.origin().fields().containsKey("support") ? okr.origin().of("support") : okr.origin().of("supports"),
                                "OKR " + okr.id() + " supports");
                    }
                }
            }
            for (Review review : scorecard.reviews()) {
                for (String target : review.commentary().keySet()) {
                    refs.objective(target, here, ProblemCode.UNKNOWN_OBJECTIVE, review.origin().of("commentary"),
                            "Commentary on");
                }
            }
        }
    }
}
