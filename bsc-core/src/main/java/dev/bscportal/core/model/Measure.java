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

    /** A measure whose values are recorded, not calculated. */
    public Measure(String id, String name, List<ObjectiveLink> objectives, String description, String unit, int decimals,
                   Polarity polarity, MeasureKind kind, Frequency frequency, Aggregation aggregation, String owner,
                   String dataSource, String formula, Optional<Baseline> baseline, Targets targets,
                   List<PeriodTarget> periodTargets, Origin origin) {
        this(id, name, objectives, description, unit, decimals, polarity, kind, frequency, aggregation, owner, dataSource,
                formula, baseline, targets, periodTargets, origin, Optional.empty());
    }

    /** True for a measure with a {@code calc:} expression: its values are calculated from other measures. */
    public boolean isCalculated() {
        return calculation.isPresent();
    }

    /** This measure with its calculation (and trail) replaced. */
    public Measure withCalculation(Calculation newCalculation) {
        return new Measure(id, name, objectives, description, unit, decimals, polarity, kind, frequency, aggregation,
                owner, dataSource, formula, baseline, targets, periodTargets, origin, Optional.of(newCalculation));
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
        return new Measure(id, name, objectives, description, unit, newDecimals, polarity, kind, frequency, aggregation,
                owner, dataSource, formula, baseline, targets, periodTargets, origin, calculation);
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
}
