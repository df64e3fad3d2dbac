package dev.bscportal.core.calc;

import dev.bscportal.core.model.Aggregation;
import dev.bscportal.core.model.Calculation;
import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.InferredDecimals;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gives every calculated measure its values: per period of its frequency, the expression evaluated on its inputs'
 * values for that period. An input of a finer frequency is rolled up by its own aggregation (a sum only over a complete
 * period: every month of the quarter); an input of a coarser frequency gives nothing (validation refuses it). A period
 * in which any input has a value is a row of the trail; a missing input, a division by zero or a result out of range
 * gives no value and a note. A measure in a cycle or with a refused expression gets no values (validation reports it).
 * A pure function: the same strategy gives the same result.
 */
public final class Calculations {

    private final Strategy strategy;
    private final Map<String, Optional<NavigableMap<Period, Double>>> done = new HashMap<>();
    private final Map<String, Calculation> trails = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    private Calculations(Strategy strategy) {
        this.strategy = strategy;
    }

    /** The strategy with each calculated measure's values among the measurements and its trail in its calculation. */
    public static Strategy apply(Strategy strategy) {
        boolean any = strategy.allScorecards().stream().flatMap(s -> s.measures().stream()).anyMatch(Measure::isCalculated);
        if (!any) {
            return strategy;
        }
        Calculations calculations = new Calculations(strategy);
        return new Strategy(calculations.rebuild(strategy.company()));
    }

    /** A measure referred to from {@code from}: {@code id} in that scorecard, {@code unit/id} from the company. */
    public static Optional<Located> resolve(Strategy strategy, Scorecard from, String reference) {
        int slash = reference.lastIndexOf('/');
        Optional<Scorecard> scorecard = slash < 0 ? Optional.of(from) : strategy.scorecard(reference.substring(0, slash));
        String id = reference.substring(slash + 1);
        return scorecard.flatMap(s -> s.measure(id).map(m -> new Located(s, m)));
    }

    /** A measure and the scorecard it belongs to. */
    public record Located(Scorecard scorecard, Measure measure) {
        String key() {
            return scorecard.path() + "\u0000" + measure.id();
        }
    }

    private Scorecard rebuild(Scorecard s) {
        List<Measure> measures = new ArrayList<>();
        // values recorded for a calculated measure stay (CalcRule refuses them) and win over calculated ones
        List<Measurement> measurements = new ArrayList<>(s.measurements());
        Set<String> recorded = new HashSet<>();
        s.measurements().forEach(m -> recorded.add(m.measure() + "@" + m.period()));
        for (Measure m : s.measures()) {
            if (!m.isCalculated()) {
                measures.add(m);
                continue;
            }
            Located located = new Located(s, m);
            Optional<NavigableMap<Period, Double>> values = values(located);
            Origin origin = Origin.at(m.origin().of("calc"));
            values.ifPresent(v -> v.forEach((period, value) -> {
                if (!recorded.contains(m.id() + "@" + period)) {
                    measurements.add(new Measurement(m.id(), period, value, "", origin));
                }
            }));
            measures.add(m.withCalculation(trails.getOrDefault(located.key(), m.calculation().orElseThrow())));
        }
        List<Scorecard> units = s.units().stream().map(this::rebuild).toList();
        // a calculated measure without 'decimals' shows as many as its values need (at most 3), like a recorded one
        measures = InferredDecimals.apply(measures, measurements);
        return s.toBuilder().measures(measures).measurements(measurements).units(units).build();
    }

    /** A measure's values per period of its own frequency: recorded (rolled up) or calculated; empty when not calculable. */
    private Optional<NavigableMap<Period, Double>> values(Located located) {
        Measure measure = located.measure();
        if (!measure.isCalculated()) {
            return Optional.of(recorded(located));
        }
        String key = located.key();
        Optional<NavigableMap<Period, Double>> known = done.get(key);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(key)) {
            return Optional.empty(); // a cycle: CalcRule reports it
        }
        Optional<NavigableMap<Period, Double>> result = calculate(located);
        inProgress.remove(key);
        done.put(key, result);
        return result;
    }

    private NavigableMap<Period, Double> recorded(Located located) {
        NavigableMap<Period, Double> values = new TreeMap<>();
        for (Measurement m : located.scorecard().measurementsOf(located.measure().id())) {
            values.put(m.period(), m.value());
        }
        return values;
    }

    private Optional<NavigableMap<Period, Double>> calculate(Located located) {
        Measure measure = located.measure();
        Calculation calculation = measure.calculation().orElseThrow();
        Optional<CalcExpression> expression = CalcExpression.tryParse(calculation.expression());
        if (expression.isEmpty()) {
            return Optional.empty();
        }
        List<String> references = expression.get().references();
        List<NavigableMap<Period, Double>> inputs = new ArrayList<>();
        for (String reference : references) {
            Optional<Located> input = resolve(strategy, located.scorecard(), reference);
            if (input.isEmpty()) {
                return Optional.empty(); // unknown measure: CalcRule reports it
            }
            Optional<NavigableMap<Period, Double>> values = values(input.get());
            if (values.isEmpty()) {
                return Optional.empty();
            }
            inputs.add(align(values.get(), input.get().measure(), measure.frequency()));
        }
        Set<Period> periods = new TreeSet<>();
        inputs.forEach(values -> periods.addAll(values.keySet()));
        NavigableMap<Period, Double> result = new TreeMap<>();
        List<Calculation.Row> rows = new ArrayList<>();
        for (Period period : periods) {
            List<OptionalDouble> row = new ArrayList<>();
            List<Double> present = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                Double value = inputs.get(i).get(period);
                row.add(value == null ? OptionalDouble.empty() : OptionalDouble.of(value));
                if (value == null) {
                    missing.add(references.get(i));
                } else {
                    present.add(value);
                }
            }
            if (!missing.isEmpty()) {
                rows.add(new Calculation.Row(period, row, OptionalDouble.empty(), Calculation.Reason.MISSING_INPUT));
                continue;
            }
            CalcExpression.Outcome outcome = expression.get().evaluate(present);
            rows.add(new Calculation.Row(period, row, outcome.value(), outcome.reason()));
            outcome.value().ifPresent(v -> result.put(period, v));
        }
        trails.put(located.key(), new Calculation(calculation.expression(), references, rows));
        return Optional.of(result);
    }

    /**
     * An input's values on the calculated measure's periods: values of exactly that frequency as they are; finer ones rolled
     * up by the input's aggregation (last, average, or a sum over a complete period); coarser ones left out.
     */
    static NavigableMap<Period, Double> align(NavigableMap<Period, Double> values, Measure input, Frequency frequency) {
        NavigableMap<Period, Double> exact = new TreeMap<>();
        Map<Period, NavigableMap<Period, Double>> finer = new TreeMap<>();
        values.forEach((period, value) -> {
            if (period.granularity() == frequency) {
                exact.put(period, value);
            } else if (period.granularity().ordinal() < frequency.ordinal()) {
                finer.computeIfAbsent(period.rollUpTo(frequency), p -> new TreeMap<>()).put(period, value);
            }
        });
        NavigableMap<Period, Double> aligned = new TreeMap<>(exact);
        finer.forEach((period, parts) -> {
            if (aligned.containsKey(period)) {
                return;
            }
            Aggregation aggregation = input.aggregation();
            if (aggregation == Aggregation.SUM && parts.size() < partsOf(period, parts.firstKey().granularity())) {
                return; // a partial sum would understate the period
            }
            double value = switch (aggregation) {
                case LAST -> parts.lastEntry().getValue();
                // in decimal, so that 7.95 + 7.92 + 8.07 is 23.94 and not 23.939999999999998
                case SUM -> decimalSum(parts.values()).doubleValue();
                case AVERAGE -> decimalSum(parts.values()).divide(java.math.BigDecimal.valueOf(parts.size()), java.math.MathContext.DECIMAL64).doubleValue();
            };
            aligned.put(period, value);
        });
        return aligned;
    }

    private static java.math.BigDecimal decimalSum(java.util.Collection<Double> values) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (double v : values) {
            sum = sum.add(java.math.BigDecimal.valueOf(v));
        }
        return sum;
    }

    /** How many periods of {@code granularity} roll up into {@code period} (weeks by the month or quarter their end lies in). */
    private static int partsOf(Period period, Frequency granularity) {
        int count = 0;
        Optional<Period> p = Optional.of(Period.containing(period.startDate(), granularity));
        while (p.isPresent() && !p.get().startDate().isAfter(period.endDate())) {
            if (p.get().rollUpTo(period.granularity()).equals(period)) {
                count++;
            }
            p = p.get().next();
        }
        return count;
    }
}
