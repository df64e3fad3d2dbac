package dev.bscportal.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * A strategic objective in one perspective. {@code drives} are the cause-and-effect arrows to other
 * objectives of the same scorecard; {@code supports} are objectives of the parent unit (qualified
 * {@code unit/id} references are allowed). {@code body} is the rationale in Markdown. {@code ownerLabel} is the
 * short owner marker for map boxes as the author wrote it (empty: derived from {@code owner}); {@code order} is the
 * author's position of the objective within its perspective (empty: after those that have one, by file name).
 */
public record Objective(
        String id,
        String name,
        String perspective,
        List<String> themes,
        String owner,
        String ownerLabel,
        double weight,
        OptionalInt order,
        List<String> drives,
        List<String> supports,
        String body,
        Origin origin) {

    /**
     * The order of objectives within a perspective (map columns, scorecard rows, heatmap rows): objectives with an
     * {@code order} first, by that number, then the others; ties and the others by id, which is the file name.
     */
    public static final Comparator<Objective> AUTHORED_ORDER = Comparator
            .comparingInt((Objective o) -> o.order().isPresent() ? 0 : 1)
            .thenComparingInt(o -> o.order().orElse(0))
            .thenComparing(Objective::id);

    /**
     * Map order: by perspective as declared (top row first; an undeclared perspective last), then
     * {@link #AUTHORED_ORDER} within a perspective. The order of {@link Scorecard#objectives()}.
     */
    public static Comparator<Objective> mapOrder(List<Perspective> perspectives) {
        List<String> rows = perspectives.stream().map(Perspective::id).toList();
        return Comparator.comparingInt((Objective o) -> rows.contains(o.perspective()) ? rows.indexOf(o.perspective()) : rows.size())
                .thenComparing(AUTHORED_ORDER);
    }

    public Objective {
        themes = List.copyOf(themes);
        drives = List.copyOf(drives);
        supports = List.copyOf(supports);
    }

    /** A builder holding this objective's values, to change some of them: {@code x.toBuilder().name("...").build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A builder for a new objective: texts empty, lists and optionals empty; the other components ({@code weight}, {@code origin}) must be set.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Objective}; each setter returns the builder, {@link #build()} runs the record's checks. */
    public static final class Builder {
        private String id = "";
        private String name = "";
        private String perspective = "";
        private List<String> themes = List.of();
        private String owner = "";
        private String ownerLabel = "";
        private double weight;
        private OptionalInt order = OptionalInt.empty();
        private List<String> drives = List.of();
        private List<String> supports = List.of();
        private String body = "";
        private Origin origin;

        private Builder() {
        }

        private Builder(Objective from) {
            id = from.id;
            name = from.name;
            perspective = from.perspective;
            themes = from.themes;
            owner = from.owner;
            ownerLabel = from.ownerLabel;
            weight = from.weight;
            order = from.order;
            drives = from.drives;
            supports = from.supports;
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

        public Builder perspective(String value) {
            perspective = value;
            return this;
        }

        public Builder themes(List<String> value) {
            themes = value;
            return this;
        }

        public Builder owner(String value) {
            owner = value;
            return this;
        }

        public Builder ownerLabel(String value) {
            ownerLabel = value;
            return this;
        }

        public Builder weight(double value) {
            weight = value;
            return this;
        }

        public Builder order(OptionalInt value) {
            order = value;
            return this;
        }

        public Builder drives(List<String> value) {
            drives = value;
            return this;
        }

        public Builder supports(List<String> value) {
            supports = value;
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

        public Objective build() {
            return new Objective(id, name, perspective, themes, owner, ownerLabel, weight, order, drives, supports,
                    body, origin);
        }
    }
}
