package dev.bscportal.core.validate;

import dev.bscportal.core.load.Suggestions;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.ObjectiveKey;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.util.function.Consumer;

/**
 * Checks one objective or measure reference and reports an unknown unit, objective or measure with a useful message:
 * "Measure m tracks objective 'x', which is not an objective of the company scorecard. Did you mean 'y'?".
 */
final class ReferenceChecker {

    private final StrategyIndex index;
    private final Consumer<Problem> report;

    ReferenceChecker(StrategyIndex index, Consumer<Problem> report) {
        this.index = index;
        this.report = report;
    }

    /** A reference to an objective; bare ids resolve in {@code defaultUnit}. */
    void objective(String reference, String defaultUnit, ProblemCode unknownCode, SourcePosition at, String what) {
        ObjectiveKey key = ObjectiveKey.resolve(reference, defaultUnit);
        if (index.scorecard(key.unitPath()).isEmpty()) {
            report.accept(Problem.of(ProblemCode.UNKNOWN_UNIT, at,
                    what + " '" + reference + "' names unit '" + key.unitPath() + "', which does not exist under units/."));
            return;
        }
        if (index.objective(key).isEmpty()) {
            if (index.scorecard(key.unitPath()).orElseThrow().isUnreadable("objectives", key.id())) {
                return;
            }
            Scorecard scorecard = index.scorecard(key.unitPath()).orElseThrow();
            String where = key.unitPath().isEmpty() ? "the company scorecard" : "unit '" + key.unitPath() + "'";
            report.accept(Problem.of(unknownCode, at, what + " '" + reference + "', which is not an objective of "
                    + where + "." + Suggestions.didYouMean(key.id(), scorecard.objectives().stream().map(Objective::id).toList())));
        }
    }

    /** A reference to a measure of the given scorecard. */
    static void measure(Scorecard scorecard, String id, SourcePosition at, String what, Consumer<Problem> report) {
        if (scorecard.measure(id).isPresent() || scorecard.isUnreadable("measures", id)) {
            return;
        }
        report.accept(Problem.of(ProblemCode.UNKNOWN_MEASURE, at, what + " '" + id + "', which is not a measure of "
                + (scorecard.isCompany() ? "the company scorecard" : "unit '" + scorecard.path() + "'") + "."
                + Suggestions.didYouMean(id, scorecard.measures().stream().map(Measure::id).toList())));
    }
}
