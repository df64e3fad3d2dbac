package dev.bscportal.core.validate;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.MeasureKind;
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
 * Advice: a perspective measured only by outcomes (lagging measures) has no early warning. The first declared
 * perspective (the top of the map: the outcomes themselves) is not checked.
 */
final class LeadingMeasuresRule implements ScorecardRule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.ONLY_LAGGING_MEASURES);
    }

    @Override
    public void check(OwnScorecard own, Consumer<Problem> report) {
        Scorecard scorecard = own.scorecard();
        // the top row holds the outcomes the strategy is for: lagging measures are what the method expects there
        for (Perspective perspective : scorecard.perspectives().stream().skip(1).toList()) {
            Set<String> objectives = new HashSet<>();
            scorecard.objectives().stream().filter(o -> o.perspective().equals(perspective.id()))
                    .map(Objective::id).forEach(objectives::add);
            List<Measure> measures = scorecard.measures().stream()
                    .filter(m -> m.objectives().stream().anyMatch(l -> objectives.contains(l.objective())))
                    .toList();
            if (measures.size() >= 2 && measures.stream().allMatch(m -> m.kind() == MeasureKind.LAGGING)) {
                report.accept(Problem.of(ProblemCode.ONLY_LAGGING_MEASURES, measures.get(0).origin().of("kind"),
                        "All " + measures.size() + " measures of the " + perspective.name() + " perspective"
                                + MapShapeRule.unitSuffix(scorecard) + " are lagging."));
            }
        }
    }
}
