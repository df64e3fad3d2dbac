package dev.bscportal.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The head of a scorecard, from {@code strategy.yaml}: who we are and where we are going.
 * {@code mission} and {@code vision} are Markdown. {@code asOf} is the reporting period when set.
 */
public record StrategyInfo(
        String name,
        String mission,
        String vision,
        List<String> values,
        Optional<LifecycleStage> stage,
        String horizon,
        Optional<Period> asOf,
        Origin origin) {

    public StrategyInfo {
        values = List.copyOf(values);
    }
}
