package dev.bscportal.core.load;

import dev.bscportal.core.model.Calculation;
import dev.bscportal.core.model.PersonName;

import dev.bscportal.core.model.Aggregation;
import dev.bscportal.core.model.Baseline;
import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.MeasureKind;
import dev.bscportal.core.model.MeasureUnit;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.ObjectiveLink;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.PeriodTarget;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Turns the fields of a measure file into a {@link Measure} and the measurements written inside it. */
final class MeasureReader {

    static final Set<String> MEASURE_KEYS = Set.of("ignore", "id", "name", "objective", "objectives", "description", "unit",
            "decimals", "polarity", "kind", "frequency", "aggregation", "owner", "data-source", "formula", "calc", "baseline",
            "threshold", "target", "stretch", "targets", "measurements");

    private MeasureReader() {
    }

    static Optional<Measure> measure(Fields f, String fileId, List<Measurement> inline) {
        Optional<String> id = ElementReaders.id(f, fileId);
        Optional<String> name = f.required("name");
        List<ObjectiveLink> links = objectiveLinks(f);
        int decimals = (int) f.number("decimals").orElse(1);
        if (decimals < 0 || decimals > 6) {
            f.report().accept(Problem.of(ProblemCode.INVALID_VALUE, f.at("decimals"), "'decimals' must be 0 to 6."));
            decimals = 1;
        }
        boolean rank = MeasureUnit.of(f.text("unit", "")).isRank();
        if (rank) {
            decimals = 0;
        }
        Polarity polarity = f.choice("polarity", Polarity.values())
                .orElse(rank ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER);
        MeasureKind kind = f.choice("kind", MeasureKind.values()).orElse(MeasureKind.LAGGING);
        Frequency frequency = f.choice("frequency", Frequency.values()).orElse(Frequency.MONTHLY);
        Aggregation aggregation = f.choice("aggregation", Aggregation.values()).orElse(Aggregation.LAST);
        Optional<Baseline> baseline = baseline(f);
        Targets targets = new Targets(f.number("threshold"), f.number("target"), f.number("stretch"));
        List<PeriodTarget> periodTargets = periodTargets(f);
        if (id.isPresent()) {
            inline.addAll(inlineMeasurements(f, id.get()));
        }
        if (id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        String calc = f.text("calc", "").strip();
        return Optional.of(new Measure(id.get(), name.get(), links, f.markdown("description"), f.text("unit", ""),
                decimals, polarity, kind, frequency, aggregation, PersonName.normalise(f.text("owner", "")), f.text("data-source", ""),
                f.text("formula", ""), baseline, targets, periodTargets, f.origin(),
                calc.isEmpty() ? Optional.empty() : Optional.of(new Calculation(calc, List.of(), List.of()))));
    }

    private static List<ObjectiveLink> objectiveLinks(Fields f) {
        List<ObjectiveLink> links = new ArrayList<>();
        for (String id : f.ids("objective", false)) {
            links.add(new ObjectiveLink(id, 1, Origin.at(f.at("objective"))));
        }
        for (Node item : f.list("objectives")) {
            SourcePosition at = YamlReader.position(item, f.file(), f.lineOffset());
            if (item instanceof ScalarNode scalar) {
                String id = scalar.getValue().strip();
                if (Fields.ID.matcher(id).matches()) {
                    links.add(new ObjectiveLink(id, 1, Origin.at(at)));
                } else {
                    f.invalidId(at, id);
                }
                continue;
            }
            Fields.open(item, f.file(), f.lineOffset(), "an objective link", Set.of("id", "weight"), f.report())
                    .ifPresent(link -> {
                        Optional<String> id = link.required("id");
                        OptionalDouble given = link.number("weight");
                        double weight = given.isPresent() ? ElementReaders.checkedWeight(link, given.getAsDouble()) : 1;
                        if (id.isPresent() && !Fields.ID.matcher(id.get()).matches()) {
                            link.invalidId(link.at("id"), id.get());
                        } else {
                            id.ifPresent(value -> links.add(new ObjectiveLink(value, weight, link.origin())));
                        }
                    });
        }
        return links;
    }

    private static Optional<Baseline> baseline(Fields f) {
        Optional<Node> node = f.node("baseline");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof ScalarNode) {
            OptionalDouble value = f.number("baseline");
            return value.isPresent()
                    ? Optional.of(new Baseline(value.getAsDouble(), Optional.empty(), Origin.at(f.at("baseline"))))
                    : Optional.empty();
        }
        return Fields.open(node.get(), f.file(), f.lineOffset(), "a baseline", Set.of("value", "period"), f.report())
                .flatMap(b -> {
                    OptionalDouble value = b.number("value");
                    if (!b.has("value")) {
                        b.required("value");
                    }
                    Optional<Period> period = b.period("period");
                    return value.isPresent()
                            ? Optional.of(new Baseline(value.getAsDouble(), period, b.origin()))
                            : Optional.empty();
                });
    }

    private static List<PeriodTarget> periodTargets(Fields f) {
        List<PeriodTarget> result = new ArrayList<>();
        for (Node item : f.list("targets")) {
            Fields.open(item, f.file(), f.lineOffset(), "a period target",
                    Set.of("period", "threshold", "target", "stretch"), f.report()).ifPresent(t -> {
                        if (!t.has("period")) {
                            t.required("period");
                        }
                        Optional<Period> period = t.period("period");
                        Targets targets = new Targets(t.number("threshold"), t.number("target"), t.number("stretch"));
                        period.ifPresent(p -> result.add(new PeriodTarget(p, targets, t.origin())));
                    });
        }
        result.sort(Comparator.comparing((PeriodTarget pt) -> pt.period().startDate()));
        return result;
    }

    private static List<Measurement> inlineMeasurements(Fields f, String measureId) {
        Optional<Node> node = f.node("measurements");
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof MappingNode map)) {
            f.report().accept(Problem.of(ProblemCode.WRONG_TYPE, f.at("measurements"),
                    "'measurements' must map periods to values, e.g. '2026-03: 12.5'."));
            return List.of();
        }
        List<Measurement> result = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
            SourcePosition at = YamlReader.position(tuple.getKeyNode(), f.file(), f.lineOffset());
            String periodText = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            Optional<Period> period = f.period(periodText, at);
            Node value = tuple.getValueNode();
            if (value instanceof MappingNode) {
                Fields.open(value, f.file(), f.lineOffset(), "a measurement", Set.of("value", "note"), f.report())
                        .ifPresent(m -> {
                            if (!m.has("value")) {
                                m.required("value");
                            }
                            OptionalDouble v = m.number("value");
                            if (period.isPresent() && v.isPresent()) {
                                result.add(new Measurement(measureId, period.get(), v.getAsDouble(), m.text("note", ""), Origin.at(at)));
                            }
                        });
            } else {
                OptionalDouble v = f.number(value, at, "The value for " + periodText);
                if (period.isPresent() && v.isPresent()) {
                    result.add(new Measurement(measureId, period.get(), v.getAsDouble(), "", Origin.at(at)));
                }
            }
        }
        return result;
    }
}
