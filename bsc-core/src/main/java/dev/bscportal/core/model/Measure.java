package dev.bscportal.core.model;

import java.util.List;
import java.util.Optional;

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
        Origin origin) {

    public Measure {
        objectives = List.copyOf(objectives);
        periodTargets = List.copyOf(periodTargets);
    }

    /**
     * The targets in force for a period: the defaults, overridden by the latest period target that
     * starts on or before the period starts (a target for {@code 2026} applies to {@code 2026-03} and on).
     */
    public Targets targetsFor(Period period) {
        Targets result = targets;
        for (PeriodTarget pt : periodTargets) {
            if (!pt.period().startDate().isAfter(period.startDate())) {
                result = targets.overriddenBy(pt.targets());
            }
        }
        return result;
    }
}
