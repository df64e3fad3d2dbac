package dev.bscportal.core.charts;

import dev.bscportal.core.text.UrlPolicy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One Gantt chart being drawn: row stripes, the time axis, each row's label and bar or milestones, the as-of line. */
final class GanttDrawing {

    private static final int WIDTH = Gantt.WIDTH;
    private static final double LABEL_X = 4;
    private static final int LABEL_CHARS = 26;
    private static final double LEFT = 184;
    // the right gutter holds the progress label of bars that reach the end of the range
    private static final double RIGHT = WIDTH - 40;
    private static final double TOP = 26;
    private static final double ROW = 26;
    private static final double BAR = 12;
    private static final double FOOTER = 22;
    private static final double CHAR_WIDTH = 6.6;

    private final List<GanttRow> rows;
    private final LocalDate from;
    private final LocalDate to;
    private final Optional<LocalDate> asOf;
    private final ChartLabels labels;
    private final String titleId;
    private final String descId;
    private final double height;
    private final double bottom;
    private final double pxPerDay;
    private final StringBuilder out = new StringBuilder(8192);

    GanttDrawing(List<GanttRow> rows, LocalDate from, LocalDate to, Optional<LocalDate> asOf, ChartLabels labels,
            String titleId, String descId) {
        this.rows = rows;
        this.from = from;
        this.to = to;
        this.asOf = asOf;
        this.labels = labels;
        this.titleId = titleId;
        this.descId = descId;
        this.bottom = TOP + rows.size() * ROW;
        this.height = bottom + FOOTER;
        this.pxPerDay = (RIGHT - LEFT) / (ChronoUnit.DAYS.between(from, to) + 1);
    }

    /** The left edge of a day. */
    private double x(LocalDate date) {
        return LEFT + ChronoUnit.DAYS.between(from, date) * pxPerDay;
    }

    String draw() {
        boolean links = rows.stream().anyMatch(r -> UrlPolicy.safeHref(r.href()).isPresent());
        out.append("<svg ").append(Svg.NAMESPACES).append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(Svg.num(height))
                .append("\" width=\"100%\" class=\"chart chart-gantt\" role=\"").append(links ? "group" : "img")
                .append("\" aria-labelledby=\"").append(titleId).append(' ').append(descId).append("\" font-size=\"11\">");
        out.append("<title id=\"").append(titleId).append("\">").append(Svg.text(labels.initiatives())).append("</title>");
        String summary = rows.size() == 1 ? labels.ganttSummaryOne() : labels.ganttSummary();
        out.append("<desc id=\"").append(descId).append("\">").append(Svg.text(Svg.fill(summary,
                "count", Integer.toString(rows.size()), "from", from.toString(), "to", to.toString()))).append("</desc>");
        stripes();
        if (timed()) {
            grid();
        }
        for (int i = 0; i < rows.size(); i++) {
            row(rows.get(i), TOP + i * ROW);
        }
        if (timed()) {
            asOfMarker();
        }
        out.append("</svg>");
        return out.toString();
    }

    private void stripes() {
        out.append("<g class=\"rows\">");
        for (int i = 0; i < rows.size(); i++) {
            out.append("<rect class=\"row ").append(i % 2 == 0 ? "row-even" : "row-odd").append("\" x=\"0\" y=\"")
                    .append(Svg.num(TOP + i * ROW)).append("\" width=\"").append(WIDTH).append("\" height=\"")
                    .append(Svg.num(ROW)).append("\" fill=\"none\"/>");
        }
        out.append("</g>");
    }

    /** Lines at month starts (quarters and years stronger) and labels for the finest unit that fits. */
    private void grid() {
        out.append("<g class=\"time-axis\">");
        boolean monthLines = 30 * pxPerDay >= 5;
        boolean quarterLines = 91 * pxPerDay >= 14;
        // the first line is the first month start after the left edge, which the axis already marks
        LocalDate month = from.withDayOfMonth(1);
        if (!month.isAfter(from)) {
            month = month.plusMonths(1);
        }
        if (monthLines || quarterLines) {
            for (; !month.isAfter(to); month = month.plusMonths(1)) {
                String kind = month.getMonthValue() == 1 ? "grid-year" : (month.getMonthValue() - 1) % 3 == 0 ? "grid-quarter" : "grid-month";
                if (kind.equals("grid-month") && !monthLines || kind.equals("grid-quarter") && !quarterLines) {
                    continue;
                }
                gridLine(kind, x(month));
            }
        } else {
            // years only, every `step` years so that lines stay MIN_LINE_GAP apart: a range of thousands of years
            // (dates 1900 to 9995) draws as many lines as one of decades, so the chart's size does not grow with it
            int step = Gantt.yearStep(365.25 * pxPerDay);
            int year = month.getMonthValue() == 1 ? month.getYear() : month.getYear() + 1;
            year = year + Math.floorMod(-year, step);
            for (LocalDate y = LocalDate.of(year, 1, 1); !y.isAfter(to); y = y.plusYears(step)) {
                gridLine("grid-year", x(y));
            }
        }
        timeLabels();
        out.append("<line class=\"axis\" x1=\"").append(Svg.num(LEFT)).append("\" x2=\"").append(Svg.num(RIGHT))
                .append("\" y1=\"").append(Svg.num(TOP)).append("\" y2=\"").append(Svg.num(TOP)).append("\" stroke=\"currentColor\"/>");
        out.append("<line class=\"axis\" x1=\"").append(Svg.num(LEFT)).append("\" x2=\"").append(Svg.num(LEFT))
                .append("\" y1=\"").append(Svg.num(TOP)).append("\" y2=\"").append(Svg.num(bottom)).append("\" stroke=\"currentColor\"/>");
        out.append("</g>");
    }

    private void gridLine(String kind, double x) {
        out.append("<line class=\"grid ").append(kind).append("\" x1=\"").append(Svg.num(x)).append("\" x2=\"")
                .append(Svg.num(x)).append("\" y1=\"").append(Svg.num(TOP - 4)).append("\" y2=\"").append(Svg.num(bottom))
                .append("\"/>");
    }

    private void timeLabels() {
        int monthsPerUnit;
        double labelWidth;
        if (30.4 * pxPerDay >= 7 * CHAR_WIDTH + 8) {
            monthsPerUnit = 1;
            labelWidth = 7 * CHAR_WIDTH;
        } else if (91 * pxPerDay >= 7 * CHAR_WIDTH + 8) {
            monthsPerUnit = 3;
            labelWidth = 7 * CHAR_WIDTH;
        } else {
            labelWidth = 4 * CHAR_WIDTH;
            int years = 1;
            while (365 * years * pxPerDay < labelWidth + 8) {
                years++;
            }
            monthsPerUnit = 12 * years;
        }
        LocalDate unit = monthsPerUnit == 1 ? from.withDayOfMonth(1)
                : monthsPerUnit == 3 ? LocalDate.of(from.getYear(), (from.getMonthValue() - 1) / 3 * 3 + 1, 1)
                : LocalDate.of(from.getYear() - Math.floorMod(from.getYear(), monthsPerUnit / 12), 1, 1);
        for (; !unit.isAfter(to); unit = unit.plusMonths(monthsPerUnit)) {
            LocalDate end = unit.plusMonths(monthsPerUnit);
            double x0 = Math.max(LEFT, x(unit));
            double x1 = Math.min(RIGHT, x(end));
            if (x1 - x0 < labelWidth * 0.9) {
                continue;
            }
            String text = monthsPerUnit == 1 ? String.format(Locale.ROOT, "%d-%02d", unit.getYear(), unit.getMonthValue())
                    : monthsPerUnit == 3 ? unit.getYear() + "-Q" + ((unit.getMonthValue() - 1) / 3 + 1)
                    : Integer.toString(unit.getYear());
            out.append("<text class=\"tick-label\" x=\"").append(Svg.num((x0 + x1) / 2)).append("\" y=\"").append(Svg.num(TOP - 8))
                    .append("\" text-anchor=\"middle\">").append(text).append("</text>");
        }
    }

    private void row(GanttRow row, double top) {
        double middle = top + ROW / 2;
        out.append("<g class=\"gantt-row status-").append(Svg.classToken(row.statusId())).append("\">");
        label(row, middle);
        bar(row, middle);
        for (GanttRow.GanttMilestone m : row.milestones()) {
            if (m.date() == null || m.date().isBefore(from) || m.date().isAfter(to)) {
                continue;
            }
            double x = x(m.date()) + pxPerDay / 2;
            String title = (m.name() == null ? "" : m.name()) + ": " + m.date() + " (" + (m.done() ? labels.done() : labels.open()) + ")";
            out.append(Markers.diamond(" class=\"milestone " + (m.done() ? "milestone-done" : "milestone-open")
                    + "\" fill=\"" + (m.done() ? "currentColor" : "none") + "\" stroke=\"currentColor\"", x, middle, 6,
                    "<title>" + Svg.text(title) + "</title>"));
        }
        out.append("</g>");
    }

    private void label(GanttRow row, double middle) {
        String shown = Svg.shorten(row.label(), LABEL_CHARS);
        String text = "<text class=\"row-label\" x=\"" + Svg.num(LABEL_X) + "\" y=\"" + Svg.num(middle + 4) + "\">"
                + (shown.equals(row.label()) ? "" : "<title>" + Svg.text(row.label()) + "</title>")
                + Svg.text(shown) + "</text>";
        Optional<String> href = UrlPolicy.safeHref(row.href());
        if (href.isPresent()) {
            String link = Svg.attr(href.get());
            out.append("<a href=\"").append(link).append("\" xlink:href=\"").append(link).append("\">").append(text).append("</a>");
        } else {
            out.append(text);
        }
    }

    /** True when some row has a date to place in time (a start, a due date or a milestone). */
    private boolean timed() {
        return rows.stream().anyMatch(r -> r.scheduled() || !r.milestones().isEmpty());
    }

    private void unscheduled(GanttRow row, double middle) {
        StringBuilder title = new StringBuilder(row.label()).append(": ").append(labels.notScheduled());
        if (!row.statusId().isEmpty()) {
            title.append("; ").append(labels.initiativeStatus(row.statusId()));
        }
        out.append("<g class=\"bar-group bar-unscheduled\"><title>").append(Svg.text(title.toString())).append("</title>")
                .append("<text class=\"unscheduled-label\" x=\"").append(Svg.num(LEFT + 6)).append("\" y=\"")
                .append(Svg.num(middle + 4)).append("\" font-style=\"italic\">").append(Svg.text(labels.notScheduled()))
                .append("</text></g>");
    }

    private void bar(GanttRow row, double middle) {
        if (!row.scheduled()) {
            unscheduled(row, middle);
            return;
        }
        LocalDate start = row.start().orElse(from);
        LocalDate due = row.due().orElse(to);
        if (start.isAfter(due)) {
            LocalDate swap = start;
            start = due;
            due = swap;
        }
        if (due.isBefore(from) || start.isAfter(to)) {
            return;
        }
        double x0 = x(start.isBefore(from) ? from : start);
        double x1 = x((due.isAfter(to) ? to : due).plusDays(1));
        double width = Math.max(2, x1 - x0);
        double progress = row.progress().isPresent() ? Math.max(0, Math.min(100, row.progress().getAsDouble())) : 0;
        String percent = Svg.compact(progress, 0);
        StringBuilder title = new StringBuilder(row.label()).append(": ")
                .append(row.start().map(LocalDate::toString).orElse("…")).append(" – ")
                .append(row.due().map(LocalDate::toString).orElse("…"));
        if (!row.statusId().isEmpty()) {
            title.append("; ").append(labels.initiativeStatus(row.statusId()));
        }
        if (row.progress().isPresent()) {
            title.append("; ").append(Svg.fill(labels.progress(), "percent", percent));
        }
        String cls = "bar-group bar-" + Svg.classToken(row.statusId())
                + (row.start().isEmpty() || start.isBefore(from) ? " bar-open-start" : "")
                + (row.due().isEmpty() || due.isAfter(to) ? " bar-open-end" : "");
        double y = middle - BAR / 2;
        out.append("<g class=\"").append(cls).append("\"><title>").append(Svg.text(title.toString())).append("</title>");
        out.append("<rect class=\"bar\" x=\"").append(Svg.num(x0)).append("\" y=\"").append(Svg.num(y)).append("\" width=\"")
                .append(Svg.num(width)).append("\" height=\"").append(Svg.num(BAR))
                .append("\" rx=\"2\" fill=\"none\" stroke=\"currentColor\"/>");
        if (progress > 0) {
            out.append("<rect class=\"bar-progress\" x=\"").append(Svg.num(x0)).append("\" y=\"").append(Svg.num(y))
                    .append("\" width=\"").append(Svg.num(width * progress / 100)).append("\" height=\"").append(Svg.num(BAR))
                    .append("\" rx=\"2\" fill=\"currentColor\"/>");
        }
        if (row.progress().isPresent()) {
            out.append("<text class=\"progress-label\" x=\"").append(Svg.num(x0 + width + 4)).append("\" y=\"")
                    .append(Svg.num(middle + 4)).append("\">").append(percent).append("%</text>");
        }
        out.append("</g>");
    }

    private void asOfMarker() {
        if (asOf.isEmpty() || asOf.get().isBefore(from) || asOf.get().isAfter(to)) {
            return;
        }
        double x = x(asOf.get()) + pxPerDay / 2;
        String text = labels.asOf() + " " + asOf.get();
        double half = text.length() * CHAR_WIDTH / 2;
        double textX = Math.max(LEFT + half, Math.min(RIGHT - half, x));
        out.append("<g class=\"as-of\"><line class=\"as-of-line\" x1=\"").append(Svg.num(x)).append("\" x2=\"").append(Svg.num(x))
                .append("\" y1=\"").append(Svg.num(TOP - 4)).append("\" y2=\"").append(Svg.num(bottom + 4))
                .append("\" stroke=\"currentColor\" stroke-dasharray=\"3 2\"/>");
        out.append("<text class=\"as-of-label\" x=\"").append(Svg.num(textX)).append("\" y=\"").append(Svg.num(bottom + 16))
                .append("\" text-anchor=\"middle\">").append(Svg.text(text)).append("</text></g>");
    }
}
