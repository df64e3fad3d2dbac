package dev.bscportal.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** A project that moves objectives and measures. {@code progress} is 0-100. {@code body} is Markdown. */
public record Initiative(
        String id,
        String name,
        String owner,
        String sponsor,
        List<String> objectives,
        List<String> measures,
        InitiativeStatus status,
        Optional<LocalDate> start,
        Optional<LocalDate> due,
        OptionalDouble progress,
        Optional<Budget> budget,
        List<Milestone> milestones,
        String body,
        Origin origin) {

    public Initiative {
        objectives = List.copyOf(objectives);
        measures = List.copyOf(measures);
        milestones = List.copyOf(milestones);
    }

    /** A builder holding this initiative's values, to change some of them: {@code x.toBuilder().name("...").build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A builder for a new initiative: texts empty, lists and optionals empty; the other components ({@code status}, {@code origin}) must be set.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Initiative}; each setter returns the builder, {@link #build()} runs the record's checks. */
    public static final class Builder {
        private String id = "";
        private String name = "";
        private String owner = "";
        private String sponsor = "";
        private List<String> objectives = List.of();
        private List<String> measures = List.of();
        private InitiativeStatus status;
        private Optional<LocalDate> start = Optional.empty();
        private Optional<LocalDate> due = Optional.empty();
        private OptionalDouble progress = OptionalDouble.empty();
        private Optional<Budget> budget = Optional.empty();
        private List<Milestone> milestones = List.of();
        private String body = "";
        private Origin origin;

        private Builder() {
        }

        private Builder(Initiative from) {
            id = from.id;
            name = from.name;
            owner = from.owner;
            sponsor = from.sponsor;
            objectives = from.objectives;
            measures = from.measures;
            status = from.status;
            start = from.start;
            due = from.due;
            progress = from.progress;
            budget = from.budget;
            milestones = from.milestones;
            body = from.body;
            origin = from.origin;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder owner(String value) {
            owner = value;
            return this;
        }

        public Builder sponsor(String value) {
            sponsor = value;
            return this;
        }

        public Builder objectives(List<String> value) {
            objectives = value;
            return this;
        }

        public Builder measures(List<String> value) {
            measures = value;
            return this;
        }

        public Builder status(InitiativeStatus value) {
            status = value;
            return this;
        }

        public Builder start(Optional<LocalDate> value) {
            start = value;
            return this;
        }

        public Builder due(Optional<LocalDate> value) {
            due = value;
            return this;
        }

        public Builder progress(OptionalDouble value) {
            progress = value;
            return this;
        }

        public Builder budget(Optional<Budget> value) {
            budget = value;
            return this;
        }

        public Builder milestones(List<Milestone> value) {
            milestones = value;
            return this;
        }

        public Builder body(String value) {
            body = value;
            return this;
        }

        public Builder origin(Origin value) {
            origin = value;
            return this;
        }

        public Initiative build() {
            return new Initiative(id, name, owner, sponsor, objectives, measures, status, start, due, progress,
                    budget, milestones, body, origin);
        }
    }
}
