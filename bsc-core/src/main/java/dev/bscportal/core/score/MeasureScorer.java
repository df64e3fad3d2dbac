package dev.bscportal.core.score;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/** Judges one measure at an as-of period: status and score history, trend and staleness. */
final class MeasureScorer {

    /** Trend changes smaller than this share of the threshold-target gap (or of the target) count as flat. */
    static final double FLAT_SHARE = 0.01;

    private MeasureScorer() {
    }

    static MeasureResult score(Measure measure, List<Measurement> measurements, Period asOf) {
        NavigableMap<Period, Double> series = MeasureSeries.of(measure, measurements, asOf);
        List<Assessment> history = new ArrayList<>();
        for (Map.Entry<Period, Double> entry : series.entrySet()) {
            Targets targets = measure.targetsFor(entry.getKey());
            double actual = entry.getValue();
            history.add(new Assessment(entry.getKey(), actual, targets,
                    ScoreScale.status(actual, targets, measure.polarity()),
                    ScoreScale.score(actual, targets, measure.polarity())));
        }
        return result(measure, history, asOf);
    }

    /**
     * The result at {@code asOf} taken from the result {@code later} at the later {@code laterAsOf}, when that needs no
     * new work: every measurement is of the measure's own frequency, so the series at {@code asOf} is the later one's
     * periods that begin by {@code asOf}'s end. Empty otherwise: a finer value inside a period makes the period's value
     * depend on the as-of (a sum only once the period has ended), and then the result is scored anew; and empty when
     * {@code later}'s history is not these measurements, period by period and value by value (a result that was not
     * scored from them is never taken).
     */
    static Optional<MeasureResult> earlier(Measure measure, List<Measurement> measurements, MeasureResult later,
                                           Period laterAsOf, Period asOf) {
        if (asOf.endDate().isAfter(laterAsOf.endDate())) {
            return Optional.empty();
        }
        Period lastOfLater = Period.containing(laterAsOf.endDate(), measure.frequency());
        Period lastOfThis = Period.containing(asOf.endDate(), measure.frequency());
        List<Assessment> history = later.history();
        int seen = 0;
        int kept = 0;
        for (Measurement m : measurements) {
            if (m.period().granularity() != measure.frequency()) {
                return Optional.empty();
            }
            if (m.period().compareTo(lastOfLater) > 0) {
                continue;
            }
            if (seen == history.size() || !history.get(seen).period().equals(m.period())
                    || Double.compare(history.get(seen).actual(), m.value()) != 0) {
                return Optional.empty();
            }
            seen++;
            if (m.period().compareTo(lastOfThis) <= 0) {
                kept = seen;
            }
        }
        return seen == history.size() ? Optional.of(result(measure, history.subList(0, kept), asOf)) : Optional.empty();
    }

    private static MeasureResult result(Measure measure, List<Assessment> history, Period asOf) {
        Optional<Assessment> latest = history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
        Trend trend = history.size() < 2 ? Trend.UNKNOWN
                : trend(measure, history.get(history.size() - 2), history.get(history.size() - 1));
        boolean stale = latest.isPresent() && isStale(measure, latest.get().period(), asOf);
        Targets targetsNow = measure.targetsFor(Period.containing(asOf.endDate(), measure.frequency()));
        return new MeasureResult(measure.id(), latest, targetsNow, trend, stale, history);
    }

    /**
     * Data is stale when the latest value is older than the period before the one containing the as-of
     * date: one period of reporting lag is normal (September's figure arrives in October).
     */
    static boolean isStale(Measure measure, Period latest, Period asOf) {
        // the first supported period has none before it: then nothing is expected earlier than itself
        Period expected = Period.containing(asOf.endDate(), measure.frequency()).lastPeriods(2).get(0);
        return latest.compareTo(expected) < 0;
    }

    private static Trend trend(Measure measure, Assessment previous, Assessment current) {
        double change = ScoreScale.oriented(current.actual(), measure.polarity())
                - ScoreScale.oriented(previous.actual(), measure.polarity());
        double tolerance = FLAT_SHARE * scale(current.targets(), current.actual());
        if (Math.abs(change) <= tolerance) {
            return Trend.FLAT;
        }
        return change > 0 ? Trend.IMPROVING : Trend.WORSENING;
    }

    private static double scale(Targets targets, double actual) {
        if (targets.target().isPresent() && targets.threshold().isPresent()) {
            double gap = Math.abs(targets.target().getAsDouble() - targets.threshold().getAsDouble());
            if (gap > 0) {
                return gap;
            }
        }
        double reference = targets.target().isPresent() ? targets.target().getAsDouble() : actual;
        return Math.abs(reference);
    }
}
