package dev.bscportal.core.testing;

import dev.bscportal.core.model.Aggregation;
import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.MeasureKind;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.ObjectiveLink;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.StrategyInfo;
import dev.bscportal.core.model.Targets;

import java.util.List;
import java.util.Optional;

/** Short constructors for model records in tests. */
public final class Models {

    private Models() {
    }

    public static Objective objective(String id, String perspective, String... drives) {
        return new Objective(id, id, perspective, List.of(), "", "", 1.0, java.util.OptionalInt.empty(), List.of(drives), List.of(), "",
                Origin.at("objectives/" + id + ".md", 2));
    }

    public static Objective objectiveSupporting(String id, String perspective, double weight, String... supports) {
        return new Objective(id, id, perspective, List.of(), "", "", weight, java.util.OptionalInt.empty(), List.of(), List.of(supports), "",
                Origin.at("objectives/" + id + ".md", 2));
    }

    public static Measure measure(String id, String objective, Polarity polarity, Targets targets) {
        return measure(id, objective, polarity, Frequency.MONTHLY, Aggregation.LAST, targets);
    }

    public static Measure measure(String id, String objective, Polarity polarity, Frequency frequency,
            Aggregation aggregation, Targets targets) {
        return new Measure(id, id, List.of(new ObjectiveLink(objective, 1.0, Origin.at("measures/" + id + ".yaml", 2))),
                "", "", 1, polarity, MeasureKind.LAGGING, frequency, aggregation, "", "", "", Optional.empty(), targets,
                List.of(), Origin.at("measures/" + id + ".yaml", 1));
    }

    public static Measure withLinks(Measure m, List<ObjectiveLink> links) {
        return new Measure(m.id(), m.name(), links, m.description(), m.unit(), m.decimals(), m.polarity(), m.kind(),
                m.frequency(), m.aggregation(), m.owner(), m.dataSource(), m.formula(), m.baseline(), m.targets(),
                m.periodTargets(), m.origin());
    }

    public static ObjectiveLink link(String objective, double weight) {
        return new ObjectiveLink(objective, weight, Origin.at("measures/x.yaml", 2));
    }

    public static Measurement value(String measure, String period, double value) {
        return new Measurement(measure, Period.parse(period).orElseThrow(), value, "",
                Origin.at("measurements/data.csv", 2));
    }

    public static StrategyInfo info(String name, Optional<Period> asOf) {
        return new StrategyInfo(name, "", "", List.of(), Optional.empty(), "", asOf, Origin.at("strategy.yaml", 1));
    }

    public static Scorecard scorecard(String path, Optional<String> asOf, List<Objective> objectives,
            List<Measure> measures, List<Measurement> measurements, List<Scorecard> units) {
        String dir = path.isEmpty() ? "" : "units/" + path.replace("/", "/units/");
        return new Scorecard(path, dir, info(path.isEmpty() ? "Company" : path, asOf.map(p -> Period.parse(p).orElseThrow())),
                Perspective.defaults("strategy.yaml"), List.of(), objectives, measures, measurements, List.of(), List.of(),
                List.of(), units, java.util.Set.of());
    }
}
