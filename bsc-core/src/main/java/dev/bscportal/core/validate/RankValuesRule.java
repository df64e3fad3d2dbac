package dev.bscportal.core.validate;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.PeriodTarget;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.util.EnumSet;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A rank ({@code unit: rank}) is a position: a whole number from 1 (first) to {@link #MAX_RANK}. Every number a rank
 * measure holds is checked where it is written: threshold, target and stretch, the baseline, each period target and
 * each measurement, inline or in a CSV file (BSC024). A rank of 0, a negative rank, 2.5 or 10^12 would otherwise be
 * scored and drawn as if it meant something.
 */
final class RankValuesRule implements ScorecardRule {

    /** The largest position a rank may have. */
    static final double MAX_RANK = 1_000_000;

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.INVALID_RANK);
    }

    @Override
    public void check(OwnScorecard own, Consumer<Problem> report) {
        Scorecard scorecard = own.scorecard();
        for (Measure measure : scorecard.measures()) {
            if (!measure.isRank()) {
                continue;
            }
            check(measure, "threshold", measure.targets().threshold(), measure.origin().of("threshold"), report);
            check(measure, "target", measure.targets().target(), measure.origin().of("target"), report);
            check(measure, "stretch", measure.targets().stretch(), measure.origin().of("stretch"), report);
            measure.baseline().ifPresent(b -> check(measure, "baseline", OptionalDouble.of(b.value()), b.origin().of("value"), report));
            for (PeriodTarget pt : measure.periodTargets()) {
                String when = " for " + pt.period();
                check(measure, "threshold" + when, pt.targets().threshold(), pt.origin().of("threshold"), report);
                check(measure, "target" + when, pt.targets().target(), pt.origin().of("target"), report);
                check(measure, "stretch" + when, pt.targets().stretch(), pt.origin().of("stretch"), report);
            }
        }
        for (Measurement m : scorecard.measurements()) {
            scorecard.measure(m.measure()).filter(Measure::isRank).ifPresent(measure ->
                    check(measure, "value for " + m.period(), OptionalDouble.of(m.value()), m.origin().at(), report));
        }
    }

    private static void check(Measure measure, String what, OptionalDouble value, SourcePosition at, Consumer<Problem> report) {
        if (value.isEmpty() || isRank(value.getAsDouble())) {
            return;
        }
        report.accept(Problem.of(ProblemCode.INVALID_RANK, at, "Measure " + measure.id() + " is a rank, so its " + what
                + " must be a whole position from 1 to 1000000, not " + shown(value.getAsDouble()) + "."));
    }

    static boolean isRank(double value) {
        return value >= 1 && value <= MAX_RANK && value == Math.rint(value);
    }

    private static String shown(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
