package dev.bscportal.core.score;

import dev.bscportal.core.model.Aggregation;
import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A measure's values per period of its own frequency, up to the as-of period. A value written for the
 * period itself wins; otherwise finer values inside the period are rolled up by the measure's
 * aggregation. Coarser values than the frequency are ignored (validation reports them). A sum is only
 * formed for a period that has ended by the as-of period, so a quarter is never shown as a partial sum.
 */
final class MeasureSeries {

    private MeasureSeries() {
    }

    static NavigableMap<Period, Double> of(Measure measure, List<Measurement> measurements, Period asOf) {
        Frequency frequency = measure.frequency();
        NavigableMap<Period, Double> exact = new TreeMap<>();
        Map<Period, List<Measurement>> finer = new TreeMap<>();
        LocalDate end = asOf.endDate();
        for (Measurement m : measurements) {
            if (m.period().startDate().isAfter(end)) {
                continue;
            }
            if (m.period().granularity() == frequency) {
                exact.put(m.period(), m.value());
            } else if (m.period().granularity().ordinal() < frequency.ordinal()
                    && !m.period().endDate().isAfter(end)) {
                finer.computeIfAbsent(m.period().rollUpTo(frequency), p -> new ArrayList<>()).add(m);
            }
        }
        NavigableMap<Period, Double> series = new TreeMap<>(exact);
        for (Map.Entry<Period, List<Measurement>> group : finer.entrySet()) {
            Period period = group.getKey();
            if (series.containsKey(period)) {
                continue;
            }
            boolean complete = !period.endDate().isAfter(end);
            if (measure.aggregation() == Aggregation.SUM && !complete) {
                continue;
            }
            series.put(period, aggregate(measure.aggregation(), group.getValue()));
        }
        return series;
    }

    private static double aggregate(Aggregation aggregation, List<Measurement> values) {
        List<Measurement> sorted = values.stream().sorted(Comparator.comparing(Measurement::period)).toList();
        return switch (aggregation) {
            case LAST -> sorted.get(sorted.size() - 1).value();
            case SUM -> sorted.stream().mapToDouble(Measurement::value).sum();
            case AVERAGE -> sorted.stream().mapToDouble(Measurement::value).average().orElseThrow();
        };
    }
}
