package dev.bscportal.core.validate;

import dev.bscportal.core.load.Suggestions;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Each measurement belongs to a measure of its scorecard, and its period is as fine as the measure's
 * frequency or finer (finer values roll up by the measure's aggregation; coarser ones cannot be split).
 */
final class MeasurementsRule implements ScorecardRule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.MEASUREMENT_FOR_UNKNOWN_MEASURE, ProblemCode.PERIOD_FREQUENCY_MISMATCH);
    }

    @Override
    public void check(OwnScorecard own, Consumer<Problem> report) {
        Scorecard scorecard = own.scorecard();
        for (Measurement m : scorecard.measurements()) {
            Optional<Measure> measure = scorecard.measure(m.measure());
            if (measure.isEmpty() && scorecard.isUnreadable("measures", m.measure())) {
                continue;
            }
            if (measure.isEmpty()) {
                report.accept(Problem.of(ProblemCode.MEASUREMENT_FOR_UNKNOWN_MEASURE, m.origin().of("measure"),
                        "Measurement for '" + m.measure() + "' (" + m.period() + "): no such measure in "
                                + (scorecard.isCompany() ? "the company scorecard" : "unit '" + scorecard.path() + "'") + "."
                                + Suggestions.didYouMean(m.measure(), scorecard.measures().stream().map(Measure::id).toList())));
            } else if (!measure.get().origin().isInvalid("frequency")
                    && m.period().granularity().ordinal() > measure.get().frequency().ordinal()) {
                report.accept(Problem.of(ProblemCode.PERIOD_FREQUENCY_MISMATCH, m.origin().of("period"),
                        "Measure " + m.measure() + " is " + measure.get().frequency().id() + " but this value is for "
                                + m.period().granularity().id().replace("ly", "") + " " + m.period() + "."));
            }
        }
    }
}
