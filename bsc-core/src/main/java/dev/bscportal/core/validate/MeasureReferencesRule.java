package dev.bscportal.core.validate;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.KeyResult;
import dev.bscportal.core.model.Okr;
import dev.bscportal.core.model.OkrSet;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/** Initiatives and key results may only name measures of their own scorecard. */
final class MeasureReferencesRule implements ScorecardRule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.UNKNOWN_MEASURE);
    }

    @Override
    public void check(OwnScorecard own, Consumer<Problem> report) {
        Scorecard scorecard = own.scorecard();
        for (Initiative initiative : scorecard.initiatives()) {
            for (String measure : initiative.measures()) {
                ReferenceChecker.measure(scorecard, measure, initiative.origin().of("measures"),
                        "Initiative " + initiative.id() + " names measure", report);
            }
        }
        for (OkrSet set : scorecard.okrs()) {
            for (Okr okr : set.okrs()) {
                for (KeyResult kr : okr.keyResults()) {
                    kr.measure().ifPresent(measure -> ReferenceChecker.measure(scorecard, measure, kr.origin().of("measure"),
                            "Key result '" + kr.name() + "' names measure", report));
                }
            }
        }
    }
}
