package dev.bscportal.core.validate;

import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.InitiativeStatus;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.ObjectiveLink;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.score.Assessment;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.score.Status;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Advice that needs the scores at the as-of period: no data, stale data, an off-target measure nobody is
 * working on, and a measure green for three quarters in a row (the bar is too low).
 */
final class ScoreAdviceRule implements ScorecardRule {

    static final int GREEN_QUARTERS = 3;

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.NO_DATA, ProblemCode.STALE_DATA, ProblemCode.RED_WITHOUT_INITIATIVE,
                ProblemCode.GREEN_TOO_LONG);
    }

    @Override
    public void check(OwnScorecard own, Consumer<Problem> report) {
        Scorecard scorecard = own.scorecard();
        if (own.asOf().isEmpty()) {
            return;
        }
        Period asOf = own.asOf().get();
        for (Measure measure : scorecard.measures()) {
            if (!measure.judgedAsWritten()) {
                continue; // judged by a default the author did not write; BSC009 says what to fix
            }
            MeasureResult result = own.measure(measure.id());
            if (result.latest().isEmpty()) {
                report.accept(Problem.of(ProblemCode.NO_DATA, measure.origin().at(),
                        "Measure " + measure.id() + " has no measurement up to " + asOf + "."));
                continue;
            }
            if (result.stale()) {
                report.accept(Problem.of(ProblemCode.STALE_DATA, measure.origin().of("frequency"),
                        "Measure " + measure.id() + " (" + measure.frequency().id() + ") was last measured in "
                                + result.latestPeriod().orElseThrow() + "; at " + asOf + " it should have "
                                + Period.containing(asOf.endDate(), measure.frequency()).lastPeriods(2).get(0) + " or later."));
            }
            if (result.status() == Status.OFF_TARGET && !hasActiveInitiative(scorecard, measure)) {
                report.accept(Problem.of(ProblemCode.RED_WITHOUT_INITIATIVE, measure.origin().at(),
                        "Measure " + measure.id() + " is off target (" + result.latestPeriod().orElseThrow()
                                + ") and no active initiative works on it or its objective."));
            }
            if (greenForLastQuarters(measure, result, asOf)) {
                report.accept(Problem.of(ProblemCode.GREEN_TOO_LONG, measure.origin().of("target"),
                        "Measure " + measure.id() + " has met its target in each of the last " + GREEN_QUARTERS
                                + " quarters up to " + asOf + "."));
            }
        }
    }

    private static boolean hasActiveInitiative(Scorecard scorecard, Measure measure) {
        for (Initiative initiative : scorecard.initiatives()) {
            if (initiative.status() != InitiativeStatus.ACTIVE) {
                continue;
            }
            if (initiative.measures().contains(measure.id())) {
                return true;
            }
            for (ObjectiveLink link : measure.objectives()) {
                if (initiative.objectives().contains(link.objective())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Green in each of the last complete quarters, judged by the last value inside each quarter. */
    private static boolean greenForLastQuarters(Measure measure, MeasureResult result, Period asOf) {
        if (measure.frequency() == Frequency.YEARLY) {
            return false;
        }
        Period current = Period.containing(asOf.endDate(), Frequency.QUARTERLY);
        Optional<Period> last = current.endDate().isAfter(asOf.endDate()) ? current.previous() : Optional.of(current);
        List<Period> quarters = last.map(q -> q.lastPeriods(GREEN_QUARTERS)).orElse(List.of());
        if (quarters.size() < GREEN_QUARTERS) {
            return false; // the supported period range begins sooner
        }
        for (Period quarter : quarters) {
            Optional<Assessment> inQuarter = result.at(quarter);
            if (inQuarter.isEmpty() || inQuarter.get().period().endDate().isBefore(quarter.startDate())
                    || !inQuarter.get().status().isGreen()) {
                return false;
            }
        }
        return true;
    }
}
