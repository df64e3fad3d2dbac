package dev.bscportal.core.model;

import java.util.List;

/**
 * A strategic objective in one perspective. {@code drives} are the cause-and-effect arrows to other
 * objectives of the same scorecard; {@code supports} are objectives of the parent unit (qualified
 * {@code unit/id} references are allowed). {@code body} is the rationale in Markdown.
 */
public record Objective(
        String id,
        String name,
        String perspective,
        List<String> themes,
        String owner,
        double weight,
        List<String> drives,
        List<String> supports,
        String body,
        Origin origin) {

    public Objective {
        themes = List.copyOf(themes);
        drives = List.copyOf(drives);
        supports = List.copyOf(supports);
    }
}
