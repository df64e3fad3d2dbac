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
        return Objective.builder().id(id).name(id).perspective(perspective).weight(1.0).drives(List.of(drives))
                .origin(Origin.at("objectives/" + id + ".md", 2)).build();
    }

    public static Objective objectiveSupporting(String id, String perspective, double weight, String... supports) {
        return Objective.builder().id(id).name(id).perspective(perspective).weight(weight).supports(List.of(supports))
                .origin(Origin.at("objectives/" + id + ".md", 2)).build();
    }

    public static Measure measure(String id, String objective, Polarity polarity, Targets targets) {
        return measure(id, objective, polarity, Frequency.MONTHLY, Aggregation.LAST, targets);
    }

    public static Measure measure(String id, String objective, Polarity polarity, Frequency frequency,
            Aggregation aggregation, Targets targets) {
        return Measure.builder().id(id).name(id)
                .objectives(List.of(new ObjectiveLink(objective, 1.0, Origin.at("measures/" + id + ".yaml", 2))))
                .decimals(1).polarity(polarity).kind(MeasureKind.LAGGING).frequency(frequency).aggregation(aggregation)
                .targets(targets).origin(Origin.at("measures/" + id + ".yaml", 1)).build();
    }

    public static Measure withLinks(Measure m, List<ObjectiveLink> links) {
        return m.toBuilder().objectives(links).build();
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
        return Scorecard.builder().path(path).directory(dir)
                .info(info(path.isEmpty() ? "Company" : path, asOf.map(p -> Period.parse(p).orElseThrow())))
                .perspectives(Perspective.defaults("strategy.yaml")).objectives(objectives).measures(measures)
                .measurements(measurements).units(units).build();
    }
}
