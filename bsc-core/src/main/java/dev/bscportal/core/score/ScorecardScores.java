package dev.bscportal.core.score;

import dev.bscportal.core.model.Period;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The scores of one scorecard (company or unit) at its as-of period. Maps are keyed by id. {@code coverage}
 * counts all measures beneath its objectives (including those of supporting unit objectives).
 */
public record ScorecardScores(
        String unitPath,
        Optional<Period> asOf,
        OptionalDouble score,
        Status status,
        Map<String, MeasureResult> measures,
        Map<String, ObjectiveResult> objectives,
        Map<String, PerspectiveResult> perspectives,
        Coverage coverage) {

    public ScorecardScores {
        measures = Map.copyOf(measures);
        objectives = Map.copyOf(objectives);
        perspectives = Map.copyOf(perspectives);
    }

    public MeasureResult measure(String id) {
        MeasureResult result = measures.get(id);
        if (result == null) {
            throw new IllegalArgumentException("no measure " + id + " in scorecard '" + unitPath + "'");
        }
        return result;
    }

    public ObjectiveResult objective(String id) {
        ObjectiveResult result = objectives.get(id);
        if (result == null) {
            throw new IllegalArgumentException("no objective " + id + " in scorecard '" + unitPath + "'");
        }
        return result;
    }

    public Optional<PerspectiveResult> perspective(String id) {
        return Optional.ofNullable(perspectives.get(id));
    }
}
