package dev.bscportal.core.score;

import java.util.List;
import java.util.OptionalDouble;

/**
 * An objective's score: the weighted mean of the contributions that have a score. {@code weight} is the
 * objective's own weight, used where it contributes to a perspective or to a parent objective.
 * {@code coverage} counts the measures beneath it, including those of supporting unit objectives.
 */
public record ObjectiveResult(String objectiveId, double weight, OptionalDouble score, Status status, List<Contribution> contributions,
        Coverage coverage) {

    public ObjectiveResult {
        contributions = List.copyOf(contributions);
    }
}
