package dev.bscportal.core.validate;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.PeriodTarget;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A measure needs a target to be scored; one without a target yet is a warning (BSC118), not an error: it is shown
 * as "no target yet" and scored as no data. Its levels must be in the order its polarity implies:
 * higher-is-better threshold &lt; target &lt;= stretch, lower-is-better the mirror. Period targets are checked
 * as they apply, i.e. merged over the defaults. A measure whose polarity was refused is not checked against the
 * default it fell back to; a rank written as higher-is-better is a warning (BSC120).
 */
final class TargetsRule implements ScorecardRule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.TARGETS_INCONSISTENT, ProblemCode.NO_TARGET_YET, ProblemCode.RANK_HIGHER_IS_BETTER);
    }

    @Override
    public void check(OwnScorecard own, Consumer<Problem> report) {
        Scorecard scorecard = own.scorecard();
        for (Measure measure : scorecard.measures()) {
            boolean anyTarget = measure.targets().target().isPresent()
                    || measure.periodTargets().stream().anyMatch(pt -> pt.targets().target().isPresent());
            if (measure.isRank() && measure.polarity() == Polarity.HIGHER_IS_BETTER
                    && !measure.origin().isInvalid("polarity")) {
                report.accept(Problem.of(ProblemCode.RANK_HIGHER_IS_BETTER, measure.origin().of("polarity"),
                        "Measure " + measure.id() + " is a rank but says higher-is-better, so #1 would score worst."));
            }
            if (!anyTarget && !measure.origin().isInvalid("target")) {
                report.accept(Problem.of(ProblemCode.NO_TARGET_YET, measure.origin().of("target"),
                        "Measure " + measure.id() + " has no target yet: it is shown as 'no target yet' and not scored."));
                continue;
            }
            if (!anyTarget || !measure.judgedAsWritten()) {
                continue;
            }
            checkOrder(measure, measure.targets(), measure.origin().of("target"), "", report);
            for (PeriodTarget pt : measure.periodTargets()) {
                checkOrder(measure, measure.targets().overriddenBy(pt.targets()), pt.origin().at(),
                        " from " + pt.period(), report);
            }
        }
    }

    private static void checkOrder(Measure measure, Targets t, SourcePosition at, String when, Consumer<Problem> report) {
        boolean higher = measure.polarity() == Polarity.HIGHER_IS_BETTER;
        String problem = null;
        if (t.threshold().isPresent() && t.target().isPresent()) {
            double threshold = t.threshold().getAsDouble();
            double target = t.target().getAsDouble();
            if (higher ? threshold >= target : threshold <= target) {
                problem = "threshold " + fmt(threshold) + (higher ? " is not below" : " is not above") + " target " + fmt(target);
            }
        }
        if (problem == null && t.stretch().isPresent() && t.target().isPresent()) {
            double stretch = t.stretch().getAsDouble();
            double target = t.target().getAsDouble();
            if (higher ? stretch < target : stretch > target) {
                problem = "stretch " + fmt(stretch) + (higher ? " is below" : " is above") + " target " + fmt(target);
            }
        }
        if (problem != null) {
            report.accept(Problem.of(ProblemCode.TARGETS_INCONSISTENT, at,
                    "Measure " + measure.id() + " (" + measure.polarity().id() + ")" + when + ": " + problem + "."));
        }
    }

    private static String fmt(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
