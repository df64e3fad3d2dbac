package dev.bscportal.core.score;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * A perspective's score (weighted mean of its objectives) and how many of its measures are in each
 * status. {@code measureCounts} has every status as a key, in {@link Status} order.
 */
public record PerspectiveResult(String perspectiveId, OptionalDouble score, Status status, Map<Status, Integer> measureCounts,
        Coverage coverage) {

    public PerspectiveResult {
        measureCounts = Map.copyOf(measureCounts);
    }
}
