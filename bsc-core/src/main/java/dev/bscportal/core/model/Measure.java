package dev.bscportal.core.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A KPI definition sheet. Its actual values are not here but in {@link Scorecard#measurements()}, which
 * merges values written inline in the measure file and rows of {@code measurements/*.csv}.
 * {@code decimals} is how many decimals to show; {@code periodTargets} are sorted by period.
 */
public record Measure(
        String id,
        String name,
        List<ObjectiveLink> objectives,
        String description,
        String unit,
        int decimals,
        Polarity polarity,
        MeasureKind kind,
        Frequency frequency,
        Aggregation aggregation,
        String owner,
        String dataSource,
        String formula,
        Optional<Baseline> baseline,
        Targets targets,
        List<PeriodTarget> periodTargets,
        Origin origin,
        Optional<Calculation> calculation) {

    public Measure {
        objectives = List.copyOf(objectives);
        periodTargets = List.copyOf(periodTargets);
    }

    /** True for a measure with a {@code calc:} expression: its values are calculated from other measures. */
    public boolean isCalculated() {
        return calculation.isPresent();
    }

    /** This measure with its calculation (and trail) replaced. */
    public Measure withCalculation(Calculation newCalculation) {
        return toBuilder().calculation(Optional.of(newCalculation)).build();
    }

    /** How {@link #unit()} is written next to a number. */
    public MeasureUnit unitKind() {
        return MeasureUnit.of(unit);
    }

    /** A rank or ordinal position ({@code unit: rank}): #1 is best, values are whole positions from 1 on. */
    public boolean isRank() {
        return unitKind().isRank();
    }

    /** This measure showing {@code newDecimals} decimals. */
    public Measure withDecimals(int newDecimals) {
        return toBuilder().decimals(newDecimals).build();
    }

    /** The fields whose value decides how actuals are judged; see {@link #judgedAsWritten()}. */
    public static final List<String> JUDGING_FIELDS = List.of("polarity", "frequency", "aggregation");

    /**
     * False when polarity, frequency or aggregation was written with a value that was refused: the measure
     * then holds a default the author did not choose, so it is not scored and no rule judges it by that default
     * (the refused value is reported once, as BSC009).
     */
    public boolean judgedAsWritten() {
        return JUDGING_FIELDS.stream().noneMatch(origin::isInvalid);
    }

    /**
     * The targets in force for a period: the defaults, overridden by the latest period target that
     * starts on or before the period starts (a target for {@code 2026} applies to {@code 2026-03} and on).
     * A rank without a stretch has rank 1 as its stretch: nothing is better than first, so being #1 scores 10.
     */
    public Targets targetsFor(Period period) {
        Targets result = targets;
        for (PeriodTarget pt : periodTargets) {
            if (!pt.period().startDate().isAfter(period.startDate())) {
                result = targets.overriddenBy(pt.targets());
            }
        }
        return isRank() && polarity == Polarity.LOWER_IS_BETTER && result.stretch().isEmpty() && result.target().isPresent()
                ? result.overriddenBy(new Targets(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(1)))
                : result;
    }

    /** A builder holding this measure's values, to change some of them: {@code x.toBuilder().name("...").build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A builder for a new measure: texts empty, lists and optionals empty; the other components ({@code decimals}, {@code polarity}, {@code kind}, {@code frequency}, {@code aggregation}, {@code targets}, {@code origin}) must be set.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Measure}; each setter returns the builder, {@link #build()} runs the record's checks. */
    public static final class Builder {
        private String id = "";
        private String name = "";
        private List<ObjectiveLink> objectives = List.of();
        private String description = "";
        private String unit = "";
        private int decimals;
        private Polarity polarity;
        private MeasureKind kind;
        private Frequency frequency;
        private Aggregation aggregation;
        private String owner = "";
        private String dataSource = "";
        private String formula = "";
        private Optional<Baseline> baseline = Optional.empty();
        private Targets targets;
        private List<PeriodTarget> periodTargets = List.of();
        private Origin origin;
        private Optional<Calculation> calculation = Optional.empty();

        private Builder() {
        }

        private Builder(Measure from) {
            id = from.id;
            name = from.name;
            objectives = from.objectives;
            description = from.description;
            unit = from.unit;
            decimals = from.decimals;
            polarity = from.polarity;
            kind = from.kind;
            frequency = from.frequency;
            aggregation = from.aggregation;
            owner = from.owner;
            dataSource = from.dataSource;
            formula = from.formula;
            baseline = from.baseline;
            targets = from.targets;
            periodTargets = from.periodTargets;
            origin = from.origin;
            calculation = from.calculation;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder objectives(List<ObjectiveLink> value) {
            objectives = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder unit(String value) {
            unit = value;
            return this;
        }

        public Builder decimals(int value) {
            decimals = value;
            return this;
        }

        public Builder polarity(Polarity value) {
            polarity = value;
            return this;
        }

        public Builder kind(MeasureKind value) {
            kind = value;
            return this;
        }

        public Builder frequency(Frequency value) {
            frequency = value;
            return this;
        }

        public Builder aggregation(Aggregation value) {
            aggregation = value;
            return this;
        }

        public Builder owner(String value) {
            owner = value;
            return this;
        }

        public Builder dataSource(String value) {
            dataSource = value;
            return this;
        }

        public Builder formula(String value) {
            formula = value;
            return this;
        }

        public Builder baseline(Optional<Baseline> value) {
            baseline = value;
            return this;
        }

        public Builder targets(Targets value) {
            targets = value;
            return this;
        }

        public Builder periodTargets(List<PeriodTarget> value) {
            periodTargets = value;
            return this;
        }

        public Builder origin(Origin value) {
            origin = value;
            return this;
        }

        public Builder calculation(Optional<Calculation> value) {
            calculation = value;
            return this;
        }

        public Measure build() {
            return new Measure(id, name, objectives, description, unit, decimals, polarity, kind, frequency,
                    aggregation, owner, dataSource, formula, baseline, targets, periodTargets, origin, calculation);
        }
    }
}
