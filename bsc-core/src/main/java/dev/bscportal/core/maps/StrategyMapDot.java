package dev.bscportal.core.maps;

import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.ObjectiveKey;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Theme;
import dev.bscportal.core.presentation.SitePaths;
import dev.bscportal.core.score.ObjectiveResult;
import dev.bscportal.core.score.ScorecardScores;
import dev.bscportal.core.score.Status;
import dev.bscportal.core.score.StrategyScores;
import dev.bscportal.core.presentation.ThemeColours;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the DOT source of strategy maps. One row (rank) per perspective in the configured order, top
 * to bottom, labelled at the left; a row in which the author numbered objectives ({@code order}) keeps them left to
 * right in that order (an invisible chain from the row label), other rows are arranged by the layout to cross as few
 * arrows as possible; rows are held in place by an invisible chain between the row labels, and drives arrows do not move
 * rows ({@code constraint=false}), so a backwards arrow cannot reorder the map. Links carry the
 * {@link #ROOT} placeholder, replaced per page by the way back to the site root.
 */
public final class StrategyMapDot {

    /** Stands for the site root in links until the SVG is placed in a page. */
    public static final String ROOT = "bsc-root:";

    static final Map<Status, String> FILL = Map.of(
            Status.EXCEEDS, "#cfe8ff", Status.ON_TARGET, "#d4f0d4", Status.WATCH, "#fff1c2",
            Status.OFF_TARGET, "#ffd6d6", Status.NO_DATA, "#eeeeee");
    static final Map<Status, String> BORDER = Map.of(
            Status.EXCEEDS, "#1f5fa8", Status.ON_TARGET, "#2e7d32", Status.WATCH, "#a06a00",
            Status.OFF_TARGET, "#b3261e", Status.NO_DATA, "#6b6b6b");

    private final MapText text;

    public StrategyMapDot(MapText text) {
        this.text = text;
    }

    /** The map of a whole scorecard. */
    public MapSource scorecardMap(Scorecard scorecard, ScorecardScores scores, String unitPrefix) {
        return map(scorecardInputs(scorecard, scores, unitPrefix));
    }

    /**
     * As {@link #scorecardMap(Scorecard, ScorecardScores, String)}, taken from {@code memo} when the build already
     * wrote a map from equal inputs (the site's own map of the scorecard, for the books' keys).
     */
    public MapSource scorecardMap(Scorecard scorecard, ScorecardScores scores, String unitPrefix, MapMemo memo) {
        return memo.source(scorecardInputs(scorecard, scores, unitPrefix), StrategyMapDot::map);
    }

    /** The scorecard map with one theme's objectives highlighted and the others faded. */
    public MapSource themeMap(Scorecard scorecard, ScorecardScores scores, String unitPrefix, Theme theme) {
        return map(themeInputs(scorecard, scores, unitPrefix, theme));
    }

    MapInputs scorecardInputs(Scorecard scorecard, ScorecardScores scores, String unitPrefix) {
        return MapInputs.of(text, "strategy-map", Optional.empty(), scorecard, scores, unitPrefix);
    }

    MapInputs themeInputs(Scorecard scorecard, ScorecardScores scores, String unitPrefix, Theme theme) {
        return MapInputs.of(text, "theme-" + theme.id(), Optional.of(theme.id()), scorecard, scores, unitPrefix);
    }

    /** The DOT of a scorecard's map, from its inputs alone. */
    static MapSource map(MapInputs in) {
        StringBuilder dot = new StringBuilder();
        Map<String, String> titles = new TreeMap<>();
        header(dot, in.name());
        List<Perspective> rows = in.perspectives();
        for (Perspective p : rows) {
            dot.append("  { rank=same; ").append(Dot.quoted("row_" + p.id())).append(" [label=<<b>")
                    .append(Dot.wrapped(p.name(), 14)).append("</b>>, shape=plaintext, style=solid, penwidth=0, ")
                    .append("fontsize=12, fontcolor=\"#57606a\", class=\"perspective\", width=1.5];");
            List<Objective> row = new ArrayList<>();
            for (int i = 0; i < in.objectives().size(); i++) {
                Objective o = in.objectives().get(i);
                if (o.perspective().equals(p.id())) {
                    row.add(o);
                    MapInputs.Shown shown = in.shown().get(i);
                    dot.append("\n    ").append(node(in.text(), "o_" + o.id(), in.themes(), o, shown.status(), shown.score(),
                            in.prefix(), in.highlighted(o), titles));
                }
            }
            if (row.stream().anyMatch(o -> o.order().isPresent())) {
                // the author numbered this row: an invisible chain holds the boxes left to right in that order
                dot.append("\n    ").append(Dot.quoted("row_" + p.id()));
                for (Objective o : row) {
                    dot.append(" -> ").append(Dot.quoted("o_" + o.id()));
                }
                dot.append(" [style=invis];");
            }
            dot.append("\n  }\n");
        }
        for (int r = 0; r + 1 < rows.size(); r++) {
            dot.append("  ").append(Dot.quoted("row_" + rows.get(r).id())).append(" -> ")
                    .append(Dot.quoted("row_" + rows.get(r + 1).id())).append(" [style=invis, weight=100];\n");
        }
        for (Objective o : in.objectives()) {
            for (String target : o.drives()) {
                Optional<Objective> effect = in.objective(target);
                if (effect.isPresent()) {
                    boolean strong = in.highlighted(o) && in.highlighted(effect.get());
                    boolean upward = rowOf(rows, effect.get()) < rowOf(rows, o);
                    dot.append("  ").append(Dot.quoted("o_" + target)).append(" -> ").append(Dot.quoted("o_" + o.id()))
                            .append(" [dir=back, class=\"drives\"").append(strong ? "" : ", color=\"#b8bec7\"")
                            .append(upward ? "" : ", constraint=false").append("];\n");
                }
            }
        }
        dot.append("}\n");
        return new MapSource(in.name(), in.subject(), dot.toString(), titles);
    }

    /**
     * Unit objectives (one cluster per unit, below) with arrows to the objectives they support; only objectives
     * that take part in the cascade are drawn.
     */
    public MapSource alignmentMap(Scorecard company, StrategyScores scores) {
        StringBuilder dot = new StringBuilder();
        Map<String, String> titles = new TreeMap<>();
        header(dot, "alignment");
        Map<ObjectiveKey, String> nodeIds = new TreeMap<>();
        List<Scorecard> all = company.allScorecards();
        Set<ObjectiveKey> supported = new TreeSet<>();
        for (Scorecard s : all) {
            String parent = s.parentPath();
            for (Objective o : s.objectives()) {
                if (!s.isCompany()) {
                    o.supports().forEach(ref -> supported.add(ObjectiveKey.resolve(ref, parent)));
                }
            }
        }
        for (Scorecard s : all) {
            String cluster = s.isCompany() ? "cluster_company" : "cluster_unit_" + s.path().replace('/', '_');
            dot.append("  subgraph ").append(Dot.quoted(cluster)).append(" {\n");
            dot.append("    label=").append(Dot.quoted(s.info().name())).append("; style=\"rounded,filled\"; fillcolor=\"#f6f7f9\"; ")
                    .append("color=\"#c8ced6\"; fontname=\"Helvetica,Arial,sans-serif\"; fontsize=12; labeljust=\"l\";\n");
            String prefix = s.isCompany() ? "" : SitePaths.unitDirectory(s.path()) + "/";
            for (Objective o : s.objectives()) {
                if (o.supports().isEmpty() && !supported.contains(new ObjectiveKey(s.path(), o.id()))) {
                    continue;
                }
                String id = "n" + nodeIds.size();
                nodeIds.put(new ObjectiveKey(s.path(), o.id()), id);
                ObjectiveResult result = scores.of(s).objective(o.id());
                dot.append("    ").append(node(text, id, s.themes(), o, result.status(), result.score(), prefix, true, titles))
                        .append('\n');
            }
            dot.append("  }\n");
        }
        for (Scorecard s : all) {
            if (s.isCompany()) {
                continue;
            }
            String parent = s.parentPath();
            for (Objective o : s.objectives()) {
                for (String ref : o.supports()) {
                    String from = nodeIds.get(new ObjectiveKey(s.path(), o.id()));
                    String to = nodeIds.get(ObjectiveKey.resolve(ref, parent));
                    if (from != null && to != null) {
                        dot.append("  ").append(Dot.quoted(to)).append(" -> ").append(Dot.quoted(from))
                                .append(" [dir=back, class=\"supports\", style=dashed];\n");
                    }
                }
            }
        }
        dot.append("}\n");
        return new MapSource("alignment", company.info().name(), dot.toString(), titles);
    }

    private static int rowOf(List<Perspective> rows, Objective o) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(o.perspective())) {
                return i;
            }
        }
        return rows.size();
    }

    private static void header(StringBuilder dot, String name) {
        dot.append("digraph ").append(Dot.quoted(name)).append(" {\n");
        dot.append("  graph [rankdir=TB, newrank=true, nodesep=0.35, ranksep=0.45, splines=spline, fontname=\"Helvetica,Arial,sans-serif\", bgcolor=\"transparent\", pad=0.1];\n");
        dot.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, margin=\"0.12,0.06\", penwidth=1.6];\n");
        dot.append("  edge [color=\"#5b6472\", arrowsize=0.7, penwidth=1.2];\n");
    }

    private static String node(MapText text, String id, List<Theme> declared, Objective o, Status status, OptionalDouble result,
            String prefix, boolean highlighted, Map<String, String> titles) {
        String score = result.isPresent() ? String.format(Locale.ROOT, "%.1f", result.getAsDouble()) : text.noScore();
        StringBuilder label = new StringBuilder("<<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"1\"><tr>");
        List<Theme> themes = new ArrayList<>();
        for (String t : o.themes()) {
            declared.stream().filter(theme -> theme.id().equals(t)).findFirst().ifPresent(themes::add);
        }
        label.append("<td><b>").append(Dot.wrapped(o.name(), 22)).append("</b></td></tr><tr><td><font point-size=\"9\">")
                .append(Dot.html(status.marker() + " " + text.status(status)));
        String owner = OwnerMarker.of(o);
        if (!owner.isEmpty()) {
            label.append(" · ").append(Dot.html(owner));
        }
        label.append("</font></td></tr>");
        if (!themes.isEmpty()) {
            ThemeColours colours = ThemeColours.of(declared);
            label.append("<tr><td><table border=\"0\" cellspacing=\"2\" cellpadding=\"0\"><tr>");
            for (Theme t : themes) {
                label.append("<td bgcolor=\"").append(colours.hex(t.id())).append("\" width=\"14\" height=\"4\"></td>");
            }
            label.append("</tr></table></td></tr>");
        }
        label.append("</table>>");
        // no score (no data, or an edition without actuals, whose scores are withheld): the status alone
        String tooltip = result.isPresent()
                ? o.name() + ": " + text.score() + " " + score + " (" + text.status(status) + ")"
                : o.name() + " (" + text.status(status) + ")";
        titles.put(id, tooltip);
        return Dot.quoted(id) + " [label=" + label
                + ", URL=" + Dot.quoted(ROOT + prefix + "objectives/" + o.id() + ".html")
                // the tooltip is the node id, replaced by the text after layout: Graphviz would expand a \\N in it
                + ", tooltip=" + Dot.quoted(id)
                + ", class=" + Dot.quoted("objective status-" + status.id() + (highlighted ? "" : " faded"))
                + ", fillcolor=\"" + (highlighted ? FILL.get(status) : "#fafafa") + "\""
                + ", color=\"" + (highlighted ? BORDER.get(status) : "#c8ced6") + "\""
                + (highlighted ? "" : ", fontcolor=\"#8a9099\"")
                + "];";
    }
}
