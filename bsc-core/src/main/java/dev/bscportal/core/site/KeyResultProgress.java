package dev.bscportal.core.site;

import dev.bscportal.core.model.KeyResult;
import dev.bscportal.core.model.OkrSet;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.score.Assessment;
import dev.bscportal.core.score.ScorecardScores;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A key result's progress 0..100 from its start to its goal; its current value as written, else the actual of the
 * measure it names in the OKR set's quarter.
 */
final class KeyResultProgress {

    private KeyResultProgress() {
    }

    static KeyResultView of(OkrSet set, KeyResult kr, Scorecard scorecard, ScorecardScores scores) {
        OptionalDouble current = kr.current();
        if (current.isEmpty() && kr.measure().isPresent() && scorecard.measure(kr.measure().get()).isPresent()) {
            Optional<Assessment> inQuarter = scores.measure(kr.measure().get()).at(set.period());
            if (inQuarter.isPresent() && Double.isFinite(inQuarter.get().actual()) && !inQuarter.get().period().endDate().isBefore(set.period().startDate())) {
                current = OptionalDouble.of(inQuarter.get().actual());
            }
        }
        OptionalDouble progress = OptionalDouble.empty();
        if (current.isPresent() && kr.to() != kr.from()) {
            double p = (current.getAsDouble() - kr.from()) / (kr.to() - kr.from()) * 100;
            progress = OptionalDouble.of(Math.max(0, Math.min(100, p)));
        }
        return new KeyResultView(kr, current, progress);
    }
}
