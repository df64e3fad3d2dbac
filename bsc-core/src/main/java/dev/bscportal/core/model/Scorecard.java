package dev.bscportal.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The scorecard of the company or of one unit (department, team). A unit's scorecard has the same
 * layout as the company's, under {@code units/<id>/}, and units nest.
 *
 * <p>{@code path} identifies the unit: empty for the company, {@code sales} for a unit,
 * {@code sales/emea} for a unit of a unit. {@code directory} is the unit's folder relative to the
 * strategy directory ({@code ""} or {@code units/sales}). Lists keep a defined order (docs/format.md, "Order"):
 * perspectives and themes as the author wrote them in strategy.yaml, objectives in map order ({@link Objective#mapOrder}),
 * units by folder name, measures, initiatives, OKR sets and reviews by id, and measurements by measure then period
 * (the constructor sorts them so, which lets {@link #measurementsOf} search instead of scanning). {@code unreadable} names the element files that could not be read
 * ({@code objectives/c1}, {@code measures/nps}), so later checks do not report references to them as a second
 * error: the reading error is the one to fix.
 */
public record Scorecard(
        String path,
        String directory,
        StrategyInfo info,
        List<Perspective> perspectives,
        List<Theme> themes,
        List<Objective> objectives,
        List<Measure> measures,
        List<Measurement> measurements,
        List<Initiative> initiatives,
        List<OkrSet> okrs,
        List<Review> reviews,
        List<Scorecard> units,
        Set<String> unreadable) {

    public Scorecard {
        perspectives = List.copyOf(perspectives);
        themes = List.copyOf(themes);
        objectives = List.copyOf(objectives);
        measures = List.copyOf(measures);
        measurements = sortedByMeasureThenPeriod(measurements);
        initiatives = List.copyOf(initiatives);
        okrs = List.copyOf(okrs);
        reviews = List.copyOf(reviews);
        units = List.copyOf(units);
        unreadable = Collections.unmodifiableSet(new TreeSet<>(unreadable));
    }

    /** True when the file that would define this element (e.g. {@code objectives}, {@code c1}) could not be read. */
    public boolean isUnreadable(String folder, String id) {
        return unreadable.contains(folder + "/" + id);
    }

    public boolean isCompany() {
        return path.isEmpty();
    }

    /** The path of the scorecard this one is a unit of: "" for a top-level unit and for the company itself. */
    public String parentPath() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The last segment of the path, or empty for the company. */
    public String unitId() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public Optional<Objective> objective(String id) {
        return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Measure> measure(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Perspective> perspective(String id) {
        return perspectives.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Theme> theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** This scorecard and all units below it, depth first, parents before children. */
    public List<Scorecard> allScorecards() {
        List<Scorecard> all = new ArrayList<>();
        all.add(this);
        for (Scorecard unit : units) {
            all.addAll(unit.allScorecards());
        }
        return List.copyOf(all);
    }

    /** Measurements of one measure, oldest first. */
    public List<Measurement> measurementsOf(String measureId) {
        int from = firstIndexOf(measureId);
        int to = from;
        while (to < measurements.size() && measurements.get(to).measure().equals(measureId)) {
            to++;
        }
        return measurements.subList(from, to);
    }

    /** Where the measurements of a measure start (or would start) in the sorted list: a binary search. */
    private int firstIndexOf(String measureId) {
        int low = 0;
        int high = measurements.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (measurements.get(mid).measure().compareTo(measureId) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static List<Measurement> sortedByMeasureThenPeriod(List<Measurement> measurements) {
        List<Measurement> sorted = new ArrayList<>(measurements);
        sorted.sort(Comparator.comparing(Measurement::measure).thenComparing(Measurement::period));
        return List.copyOf(sorted);
    }

    /** A builder holding this scorecard's values, to change some of them: {@code x.toBuilder().name("...").build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A builder for a new scorecard: texts empty, lists and optionals empty; the other components ({@code info}) must be set.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Scorecard}; each setter returns the builder, {@link #build()} runs the record's checks. */
    public static final class Builder {
        private String path = "";
        private String directory = "";
        private StrategyInfo info;
        private List<Perspective> perspectives = List.of();
        private List<Theme> themes = List.of();
        private List<Objective> objectives = List.of();
        private List<Measure> measures = List.of();
        private List<Measurement> measurements = List.of();
        private List<Initiative> initiatives = List.of();
        private List<OkrSet> okrs = List.of();
        private List<Review> reviews = List.of();
        private List<Scorecard> units = List.of();
        private Set<String> unreadable = Set.of();

        private Builder() {
        }

        private Builder(Scorecard from) {
            path = from.path;
            directory = from.directory;
            info = from.info;
            perspectives = from.perspectives;
            themes = from.themes;
            objectives = from.objectives;
            measures = from.measures;
            measurements = from.measurements;
            initiatives = from.initiatives;
            okrs = from.okrs;
            reviews = from.reviews;
            units = from.units;
            unreadable = from.unreadable;
        }

        public Builder path(String value) {
            path = value;
            return this;
        }

        public Builder directory(String value) {
            directory = value;
            return this;
        }

        public Builder info(StrategyInfo value) {
            info = value;
            return this;
        }

        public Builder perspectives(List<Perspective> value) {
            perspectives = value;
            return this;
        }

        public Builder themes(List<Theme> value) {
            themes = value;
            return this;
        }

        public Builder objectives(List<Objective> value) {
            objectives = value;
            return this;
        }

        public Builder measures(List<Measure> value) {
            measures = value;
            return this;
        }

        public Builder measurements(List<Measurement> value) {
            measurements = value;
            return this;
        }

        public Builder initiatives(List<Initiative> value) {
            initiatives = value;
            return this;
        }

        public Builder okrs(List<OkrSet> value) {
            okrs = value;
            return this;
        }

        public Builder reviews(List<Review> value) {
            reviews = value;
            return this;
        }

        public Builder units(List<Scorecard> value) {
            units = value;
            return this;
        }

        public Builder unreadable(Set<String> value) {
            unreadable = value;
            return this;
        }

        public Scorecard build() {
            return new Scorecard(path, directory, info, perspectives, themes, objectives, measures, measurements,
                    initiatives, okrs, reviews, units, unreadable);
        }
    }
}
