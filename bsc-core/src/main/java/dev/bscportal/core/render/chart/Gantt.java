package dev.bscportal.core.render.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The initiative timeline: one row per initiative with a bar from start to due, its progress filled in,
 * milestones as diamonds, quarter gridlines, and a marker at the as-of date (passed in; never the clock).
 */
public final class Gantt {

    static final double WIDTH = 960;
    static final double LABEL = 250;
    static final double ROW = 30;
    static final double HEAD = 26;

    private Gantt() {
    }

    public static String svg(List<GanttRow> rows, LocalDate asOf, String idPrefix, String title, ChartLabels labels) {
        LocalDate from = asOf.minusMonths(6).withDayOfMonth(1);
        LocalDate to = asOf.plusMonths(12).withDayOfMonth(1);
        for (GanttRow r : rows) {
            if (r.start().isPresent() && r.start().get().isBefore(from)) {
                from = r.start().get().withDayOfMonth(1);
            }
            if (r.due().isPresent() && r.due().get().isAfter(to)) {
                to = r.due().get().plusMonths(1).withDayOfMonth(1);
            }
        }
        from = from.withMonth(((from.getMonthValue() - 1) / 3) * 3 + 1);
        double days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        double plotW = WIDTH - LABEL - 10;
        double height = HEAD + rows.size() * ROW + 8;
        final LocalDate origin = from;
        java.util.function.ToDoubleFunction<LocalDate> x = d -> LABEL + ChronoUnit.DAYS.between(origin, d) / days * plotW;
        String titleId = idPrefix + "-title";
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"chart gantt\" viewBox=\"0 0 ").append(Svg.n(WIDTH)).append(' ').append(Svg.n(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append("\"><title id=\"").append(titleId)
                .append("\">").append(Svg.text(title)).append("</title>");
        for (LocalDate q = from; q.isBefore(to); q = q.plusMonths(3)) {
            double qx = x.applyAsDouble(q);
            svg.append("<line class=\"grid\" x1=\"").append(Svg.n(qx)).append("\" x2=\"").append(Svg.n(qx))
                    .append("\" y1=\"").append(Svg.n(HEAD - 6)).append("\" y2=\"").append(Svg.n(height)).append("\"/>")
                    .append("<text x=\"").append(Svg.n(qx + 4)).append("\" y=\"14\">")
                    .append("Q").append((q.getMonthValue() - 1) / 3 + 1).append(" ’").append(q.getYear() % 100).append("</text>");
        }
        for (int i = 0; i < rows.size(); i++) {
            GanttRow r = rows.get(i);
            double top = HEAD + i * ROW;
            String label = Svg.text(r.label());
            svg.append("<g class=\"gantt-row status-").append(Svg.text(r.statusId())).append("\">");
            if (!r.href().isEmpty()) {
                svg.append("<a href=\"").append(Svg.text(r.href())).append("\"><text class=\"gantt-label\" x=\"4\" y=\"")
                        .append(Svg.n(top + 19)).append("\">").append(label).append("</text></a>");
            } else {
                svg.append("<text class=\"gantt-label\" x=\"4\" y=\"").append(Svg.n(top + 19)).append("\">").append(label).append("</text>");
            }
            if (r.start().isPresent() && r.due().isPresent()) {
                double x0 = x.applyAsDouble(r.start().get());
                double x1 = Math.max(x0 + 2, x.applyAsDouble(r.due().get()));
                String tip = r.label() + ": " + labels.date().apply(r.start().get()) + " – " + labels.date().apply(r.due().get())
                        + ", " + r.statusLabel() + (r.progress().isPresent() ? ", " + Math.round(r.progress().getAsDouble()) + " %" : "");
                svg.append("<rect class=\"gantt-bar\" x=\"").append(Svg.n(x0)).append("\" y=\"").append(Svg.n(top + 6))
                        .append("\" width=\"").append(Svg.n(x1 - x0)).append("\" height=\"18\" rx=\"4\"><title>")
                        .append(Svg.text(tip)).append("</title></rect>");
                if (r.progress().isPresent()) {
                    double p = Math.max(0, Math.min(100, r.progress().getAsDouble())) / 100;
                    svg.append("<rect class=\"gantt-progress\" x=\"").append(Svg.n(x0)).append("\" y=\"").append(Svg.n(top + 6))
                            .append("\" width=\"").append(Svg.n((x1 - x0) * p)).append("\" height=\"18\" rx=\"4\"/>");
                }
            }
            for (GanttRow.Milestone m : r.milestones()) {
                double mx = x.applyAsDouble(m.date());
                double my = top + 15;
                svg.append("<path class=\"milestone").append(m.done() ? " done" : "").append("\" d=\"M").append(Svg.n(mx))
                        .append(' ').append(Svg.n(my - 7)).append(" L").append(Svg.n(mx + 7)).append(' ').append(Svg.n(my))
                        .append(" L").append(Svg.n(mx)).append(' ').append(Svg.n(my + 7)).append(" L").append(Svg.n(mx - 7))
                        .append(' ').append(Svg.n(my)).append(" Z\"><title>").append(Svg.text(m.name() + ": "
                                + labels.date().apply(m.date()))).append("</title></path>");
            }
            svg.append("</g>");
        }
        double ax = x.applyAsDouble(asOf);
        svg.append("<line class=\"asof\" x1=\"").append(Svg.n(ax)).append("\" x2=\"").append(Svg.n(ax)).append("\" y1=\"")
                .append(Svg.n(HEAD - 8)).append("\" y2=\"").append(Svg.n(height)).append("\"><title>")
                .append(Svg.text(labels.today() + " " + labels.date().apply(asOf))).append("</title></line>");
        return svg.append("</svg>").toString();
    }
}
