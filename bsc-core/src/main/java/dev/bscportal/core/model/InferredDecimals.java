package dev.bscportal.core.model;


import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The decimals of a measure that does not write {@code decimals}: as many as its own numbers have (actuals,
 * baseline, threshold, target, stretch, period targets), at most {@link #MAX}; so 67.5 gives 1, 1215000 gives 0
 * and a measure never shows "72.0" for values written as 72. A rank always shows whole positions.
 *
 * <p>An edition without actuals infers them again without the measurements: how many decimals a value is shown
 * with would otherwise tell something of the withheld actuals.
 */
public final class InferredDecimals {

    public static final int MAX = 3;

    private InferredDecimals() {
    }

    public static List<Measure> apply(List<Measure> measures, List<Measurement> measurements) {
        Map<String, List<Measurement>> byMeasure = measurements.stream()
                .collect(Collectors.groupingBy(Measurement::measure));
        List<Measure> result = new ArrayList<>(measures.size());
        for (Measure measure : measures) {
            if (measure.isRank() || measure.origin().fields().containsKey("decimals")) {
                result.add(measure);
                continue;
            }
            int decimals = 0;
            for (double value : numbersOf(measure, byMeasure.getOrDefault(measure.id(), List.of()))) {
                decimals = Math.max(decimals, decimalsOf(value));
            }
            result.add(measure.withDecimals(Math.min(MAX, decimals)));
        }
        return result;
    }

    /** The decimals a number needs to be written exactly: 72 → 0, 67.5 → 1, -0.75 → 2. */
    public static int decimalsOf(double value) {
        if (!Double.isFinite(value)) {
            return 0;
        }
        return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
    }

    private static List<Double> numbersOf(Measure measure, List<Measurement> measurements) {
        List<Double> numbers = new ArrayList<>();
        measurements.forEach(m -> numbers.add(m.value()));
        measure.baseline().ifPresent(b -> numbers.add(b.value()));
        addLevels(measure.targets(), numbers);
        for (PeriodTarget pt : measure.periodTargets()) {
            addLevels(pt.targets(), numbers);
        }
        return numbers;
    }

    private static void addLevels(Targets targets, List<Double> numbers) {
        for (OptionalDouble level : List.of(targets.threshold(), targets.target(), targets.stretch())) {
            level.ifPresent(numbers::add);
        }
    }
}
