package dev.bscportal.core.history;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.score.StrategyScores;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

/** Compares two scored versions of a strategy, element by element, matched by unit path and id. */
public final class StrategyDiff {

    private StrategyDiff() {
    }

    public static List<Change> between(Strategy before, StrategyScores beforeScores, Strategy after, StrategyScores afterScores) {
        List<Change> changes = new ArrayList<>();
        Map<String, Scorecard> old = byPath(before);
        Map<String, Scorecard> now = byPath(after);
        for (Map.Entry<String, Scorecard> entry : now.entrySet()) {
            String unit = entry.getKey();
            Scorecard b = old.get(unit);
            Scorecard a = entry.getValue();
            compare(changes, "objective", unit, b == null ? List.of() : b.objectives(), a.objectives(), Objective::id, Objective::name,
                    (o1, o2, out) -> {
                        field(out, "objective", unit, o2.id(), o2.name(), "owner", o1.owner(), o2.owner());
                        field(out, "objective", unit, o2.id(), o2.name(), "weight", num(o1.weight()), num(o2.weight()));
                        field(out, "objective", unit, o2.id(), o2.name(), "perspective", o1.perspective(), o2.perspective());
                        field(out, "objective", unit, o2.id(), o2.name(), "drives", String.join(", ", o1.drives()), String.join(", ", o2.drives()));
                        status(out, "objective", unit, o2.id(), o2.name(),
                                beforeScores.of(unit).objective(o1.id()).status().id(), afterScores.of(unit).objective(o2.id()).status().id());
                    });
            compare(changes, "measure", unit, b == null ? List.of() : b.measures(), a.measures(), Measure::id, Measure::name,
                    (m1, m2, out) -> {
                        Targets t1 = beforeScores.of(unit).measure(m1.id()).targets();
                        Targets t2 = afterScores.of(unit).measure(m2.id()).targets();
                        field(out, "measure", unit, m2.id(), m2.name(), "threshold", num(t1.threshold()), num(t2.threshold()));
                        field(out, "measure", unit, m2.id(), m2.name(), "target", num(t1.target()), num(t2.target()));
                        field(out, "measure", unit, m2.id(), m2.name(), "stretch", num(t1.stretch()), num(t2.stretch()));
                        field(out, "measure", unit, m2.id(), m2.name(), "owner", m1.owner(), m2.owner());
                        field(out, "measure", unit, m2.id(), m2.name(), "polarity", m1.polarity().id(), m2.polarity().id());
                        status(out, "measure", unit, m2.id(), m2.name(),
                                beforeScores.of(unit).measure(m1.id()).status().id(), afterScores.of(unit).measure(m2.id()).status().id());
                    });
            compare(changes, "initiative", unit, b == null ? List.of() : b.initiatives(), a.initiatives(), Initiative::id,
                    Initiative::name, (i1, i2, out) -> {
                        field(out, "initiative", unit, i2.id(), i2.name(), "owner", i1.owner(), i2.owner());
                        field(out, "initiative", unit, i2.id(), i2.name(), "status", i1.status().id(), i2.status().id());
                        field(out, "initiative", unit, i2.id(), i2.name(), "due",
                                i1.due().map(Object::toString).orElse(""), i2.due().map(Object::toString).orElse(""));
                    });
        }
        for (Map.Entry<String, Scorecard> entry : old.entrySet()) {
            if (!now.containsKey(entry.getKey())) {
                Scorecard gone = entry.getValue();
                gone.objectives().forEach(o -> changes.add(new Change(Change.Kind.REMOVED, "objective", entry.getKey(), o.id(), o.name(), "", "", "")));
                gone.measures().forEach(m -> changes.add(new Change(Change.Kind.REMOVED, "measure", entry.getKey(), m.id(), m.name(), "", "", "")));
            }
        }
        return changes;
    }

    private interface Pair<T> {
        void compare(T before, T after, List<Change> out);
    }

    private static <T> void compare(List<Change> out, String element, String unit, List<T> before, List<T> after,
            Function<T, String> id, Function<T, String> name, Pair<T> details) {
        Map<String, T> old = new TreeMap<>();
        before.forEach(x -> old.put(id.apply(x), x));
        Map<String, T> now = new TreeMap<>();
        after.forEach(x -> now.put(id.apply(x), x));
        for (Map.Entry<String, T> e : now.entrySet()) {
            T b = old.get(e.getKey());
            if (b == null) {
                out.add(new Change(Change.Kind.ADDED, element, unit, e.getKey(), name.apply(e.getValue()), "", "", ""));
                continue;
            }
            if (!name.apply(b).equals(name.apply(e.getValue()))) {
                out.add(new Change(Change.Kind.RENAMED, element, unit, e.getKey(), name.apply(e.getValue()), "name",
                        name.apply(b), name.apply(e.getValue())));
            }
            details.compare(b, e.getValue(), out);
        }
        for (Map.Entry<String, T> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                out.add(new Change(Change.Kind.REMOVED, element, unit, e.getKey(), name.apply(e.getValue()), "", "", ""));
            }
        }
    }

    private static void field(List<Change> out, String element, String unit, String id, String name, String field,
            String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new Change(Change.Kind.CHANGED, element, unit, id, name, field, before, after));
        }
    }

    private static void status(List<Change> out, String element, String unit, String id, String name, String before, String after) {
        if (!before.equals(after)) {
            out.add(new Change(Change.Kind.STATUS, element, unit, id, name, "status", before, after));
        }
    }

    private static String num(OptionalDouble value) {
        return value.isPresent() ? num(value.getAsDouble()) : "";
    }

    private static String num(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    private static Map<String, Scorecard> byPath(Strategy strategy) {
        Map<String, Scorecard> map = new TreeMap<>();
        strategy.allScorecards().forEach(s -> map.put(s.path(), s));
        return map;
    }
}
