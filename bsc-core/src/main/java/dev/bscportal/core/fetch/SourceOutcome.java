package dev.bscportal.core.fetch;

import dev.bscportal.core.problem.Problem;

import java.util.List;
import java.util.Optional;

/**
 * What fetching one source did: its CSV (relative to the strategy directory) was {@code UPDATED}, left
 * {@code UNCHANGED} (same bytes), or the source {@code FAILED} and the previous file is untouched. {@code values} is
 * the number of values written; {@code problem} explains a failure (already free of secrets).
 */
public record SourceOutcome(String source, String csv, State state, int values, int attempts, Optional<Problem> problem) {

    /** How one source ended. */
    public enum State { UPDATED, UNCHANGED, FAILED }

    /** The problems of a list of outcomes, in order. */
    public static List<Problem> problems(List<SourceOutcome> outcomes) {
        return outcomes.stream().flatMap(o -> o.problem().stream()).toList();
    }
}
