package dev.bscportal.core.load;

import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Elements of a scorecard without duplicates (each duplicate reported, BSC004/BSC012), in the order the model keeps. */
final class Duplicates {

    private Duplicates() {
    }

    /** The elements without duplicates, in the order given (a duplicate is reported and left out). */
    static <T> List<T> unique(List<T> elements, Function<T, String> id, Function<T, SourcePosition> where,
                                      String what, Consumer<Problem> report) {
        Map<String, T> seen = new HashMap<>();
        List<T> result = new ArrayList<>();
        for (T element : elements) {
            String key = id.apply(element);
            if (seen.putIfAbsent(key, element) != null) {
                report.accept(Problem.of(ProblemCode.DUPLICATE_ID, where.apply(element),
                        "The " + what + " '" + key + "' is defined twice (also at " + where.apply(seen.get(key)) + ")."));
            } else {
                result.add(element);
            }
        }
        return result;
    }

    /** Elements whose order the author does not write (measures, initiatives, OKRs, reviews): by id. */
    static <T> List<T> byId(List<T> elements, Function<T, String> id) {
        List<T> sorted = new ArrayList<>(elements);
        sorted.sort(Comparator.comparing(id));
        return sorted;
    }

    static List<Measurement> uniqueMeasurements(List<Measurement> measurements, Consumer<Problem> report) {
        Map<String, Measurement> seen = new HashMap<>();
        List<Measurement> result = new ArrayList<>();
        for (Measurement m : measurements) {
            String key = m.measure() + "@" + m.period();
            Measurement first = seen.putIfAbsent(key, m);
            if (first != null) {
                report.accept(Problem.of(ProblemCode.DUPLICATE_MEASUREMENT, m.origin().at(),
                        "A value for '" + m.measure() + "' in " + m.period() + " is already given at " + first.origin().at() + "."));
            } else {
                result.add(m);
            }
        }
        result.sort(Comparator.comparing(Measurement::measure).thenComparing(Measurement::period));
        return result;
    }
}
