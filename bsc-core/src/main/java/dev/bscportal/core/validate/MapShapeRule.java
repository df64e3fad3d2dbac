package dev.bscportal.core.validate;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.score.Contribution;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Advice on the size of the map: 2-5 objectives per perspective, 1-3 measures per objective, and every
 * measure tracking some objective.
 */
final class MapShapeRule implements Rule {

    static final int MAX_OBJECTIVES_PER_PERSPECTIVE = 5;
    static final int MAX_MEASURES_PER_OBJECTIVE = 3;

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.TOO_MANY_OBJECTIVES, ProblemCode.OBJECTIVE_WITHOUT_MEASURE,
                ProblemCode.TOO_MANY_MEASURES, ProblemCode.MEASURE_WITHOUT_OBJECTIVE);
    }

    @Override
    public void check(ValidationContext context, Consumer<Problem> report) {
        for (Scorecard scorecard : context.strategy().allScorecards()) {
            for (Perspective perspective : scorecard.perspectives()) {
                List<Objective> inPerspective = scorecard.objectives().stream()
                        .filter(o -> o.perspective().equals(perspective.id())).toList();
                if (inPerspective.size() > MAX_OBJECTIVES_PER_PERSPECTIVE) {
                    Objective extra = inPerspective.get(MAX_OBJECTIVES_PER_PERSPECTIVE);
                    report.accept(Problem.of(ProblemCode.TOO_MANY_OBJECTIVES, extra.origin().of("perspective"),
                            "The " + perspective.name() + " perspective" + unitSuffix(scorecard) + " has "
                                    + inPerspective.size() + " objectives (at most " + MAX_OBJECTIVES_PER_PERSPECTIVE + " advised)."));
                }
            }
            for (Objective objective : scorecard.objectives()) {
                long measures = scorecard.measures().stream()
                        .filter(m -> m.objectives().stream().anyMatch(l -> l.objective().equals(objective.id())))
                        .count();
                if (measures == 0 && !supportedOnly(objective, context, scorecard)) {
                    report.accept(Problem.of(ProblemCode.OBJECTIVE_WITHOUT_MEASURE, objective.origin().at(),
                            "Objective " + objective.id() + " has no measure."));
                } else if (measures > MAX_MEASURES_PER_OBJECTIVE) {
                    report.accept(Problem.of(ProblemCode.TOO_MANY_MEASURES, objective.origin().at(),
                            "Objective " + objective.id() + " has " + measures + " measures (at most "
                                    + MAX_MEASURES_PER_OBJECTIVE + " advised)."));
                }
            }
            for (Measure measure : scorecard.measures()) {
                if (measure.objectives().isEmpty()) {
                    report.accept(Problem.of(ProblemCode.MEASURE_WITHOUT_OBJECTIVE, measure.origin().at(),
                            "Measure " + measure.id() + " tracks no objective."));
                }
            }
        }
    }

    /** An objective with no measure of its own is still tracked when unit objectives support it. */
    private static boolean supportedOnly(Objective objective, ValidationContext context, Scorecard scorecard) {
        return context.scores().of(scorecard).objectives().get(objective.id()).contributions().stream()
                .anyMatch(c -> c.kind() == Contribution.Kind.UNIT_OBJECTIVE);
    }

    static String unitSuffix(Scorecard scorecard) {
        return scorecard.isCompany() ? "" : " of unit " + scorecard.path();
    }
}
