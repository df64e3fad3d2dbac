package dev.bscportal.core.score;

import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Targets;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A measure at the as-of period. {@code latest} is its most recent assessment at or before as-of
 * (empty: no data); {@code history} holds every assessed period, oldest first, in the measure's
 * frequency; {@code stale} is set when the latest value is older than the frequency allows;
 * {@code targets} are the ones in force at the as-of period.
 */
public record MeasureResult(
        String measureId,
        Optional<Assessment> latest,
        Targets targets,
        Trend trend,
        boolean stale,
        List<Assessment> history) {

    public MeasureResult {
        history = List.copyOf(history);
    }

    public Status status() {
        return latest.map(Assessment::status).orElse(Status.NO_DATA);
    }

    public OptionalDouble score() {
        return latest.map(Assessment::score).orElse(OptionalDouble.empty());
    }

    public OptionalDouble actual() {
        return latest.map(a -> OptionalDouble.of(a.actual())).orElse(OptionalDouble.empty());
    }

    public Optional<Period> latestPeriod() {
        return latest.map(Assessment::period);
    }

    /** The assessment of the last period that ends on or before {@code period}'s end, if any. */
    public Optional<Assessment> at(Period period) {
        Assessment found = null;
        for (Assessment a : history) {
            if (!a.period().endDate().isAfter(period.endDate())) {
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }
}
