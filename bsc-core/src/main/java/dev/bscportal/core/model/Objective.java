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
}
