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

    /** A builder holding this strategy head's values, to change some of them: {@code x.toBuilder().name("...").build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A builder for a new strategy head: texts empty, lists and optionals empty; the other components ({@code origin}) must be set.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StrategyInfo}; each setter returns the builder, {@link #build()} runs the record's checks. */
    public static final class Builder {
        private String name = "";
        private String mission = "";
        private String vision = "";
        private List<String> values = List.of();
        private Optional<LifecycleStage> stage = Optional.empty();
        private String horizon = "";
        private Optional<Period> asOf = Optional.empty();
        private Origin origin;

        private Builder() {
        }

        private Builder(StrategyInfo from) {
            name = from.name;
            mission = from.mission;
            vision = from.vision;
            values = from.values;
            stage = from.stage;
            horizon = from.horizon;
            asOf = from.asOf;
            origin = from.origin;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder mission(String value) {
            mission = value;
            return this;
        }

        public Builder vision(String value) {
            vision = value;
            return this;
        }

        public Builder values(List<String> value) {
            values = value;
            return this;
        }

        public Builder stage(Optional<LifecycleStage> value) {
            stage = value;
            return this;
        }

        public Builder horizon(String value) {
            horizon = value;
            return this;
        }

        public Builder asOf(Optional<Period> value) {
            asOf = value;
            return this;
        }

        public Builder origin(Origin value) {
            origin = value;
            return this;
        }

        public StrategyInfo build() {
            return new StrategyInfo(name, mission, vision, values, stage, horizon, asOf, origin);
        }
    }
}
