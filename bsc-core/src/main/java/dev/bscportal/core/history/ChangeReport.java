package dev.bscportal.core.history;

import java.util.List;

/** The changes between the strategy at {@code baseline} (a commit, described for readers) and today. */
public record ChangeReport(String baselineLabel, String baselineCommit, List<Change> changes) {

    public ChangeReport {
        changes = List.copyOf(changes);
    }

    public List<Change> of(Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }
}
