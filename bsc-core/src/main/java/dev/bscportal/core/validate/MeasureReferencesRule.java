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
final class MeasureReferencesRule implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.UNKNOWN_MEASURE);
    }

    @Override
    public void check(ValidationContext context, Consumer<Problem> report) {
        ReferenceChecker refs = new ReferenceChecker(new StrategyIndex(context.strategy()), report);
        for (Scorecard scorecard : context.strategy().allScorecards()) {
            for (Initiative initiative : scorecard.initiatives()) {
                for (String measure : initiative.measures()) {
                    refs.measure(scorecard, measure, initiative.origin().of("measures"),
                            "Initiative " + initiative.id() + " names measure");
                }
            }
            for (OkrSet set : scorecard.okrs()) {
                for (Okr okr : set.okrs()) {
                    for (KeyResult kr : okr.keyResults()) {
                        kr.measure().ifPresent(measure -> refs.measure(scorecard, measure, kr.origin().of("measure"),
                                "Key result '" + kr.name() + "' names measure"));
                    }
                }
            }
        }
    }
}
