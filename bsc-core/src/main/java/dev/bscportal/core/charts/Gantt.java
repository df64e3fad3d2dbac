package dev.bscportal.core.charts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Initiatives on a time line: a bar per row from start to due with its progress filled in, milestone
 * diamonds (filled when done), month/quarter/year gridlines and an as-of marker given by the caller. A row
 * without any date says "not scheduled" where its bar would be; when no row has a date there is no time axis.
 * Row labels link to the initiative pages. With links the root has role "group" rather than "img", because
 * an image's children (the links) are hidden from assistive technology. {@link GanttDrawing} draws it.
 */
public final class Gantt {

    static final int WIDTH = 640;

    /** Least space between two year lines, in the chart's units. */
    static final double MIN_LINE_GAP = 8;

    private Gantt() {
    }

    /** Years between year lines: 1, 2, 5, 10, 20, 50 ... so that lines {@code pxPerYear} apart stay {@link #MIN_LINE_GAP} apart. */
    static int yearStep(double pxPerYear) {
        int[] nice = {1, 2, 5};
        for (int scale = 1; scale <= 10_000; scale *= 10) {
            for (int n : nice) {
                if (n * scale * pxPerYear >= MIN_LINE_GAP) {
                    return n * scale;
                }
            }
        }
        return 10_000;
    }

    /** The chart without an as-of marker. */
    public static String svg(List<GanttRow> rows, LocalDate from, LocalDate to, String idPrefix, ChartLabels labels) {
        return svg(rows, from, to, Optional.empty(), idPrefix, labels);
    }

    /**
     * The rows between {@code from} and {@code to} (inclusive; swapped when reversed), with a marker at
     * {@code asOf} when it falls inside.
     */
    public static String svg(List<GanttRow> rows, LocalDate from, LocalDate to, Optional<LocalDate> asOf, String idPrefix,
            ChartLabels labels) {
        String titleId = Svg.id(idPrefix, "title");
        String descId = Svg.id(idPrefix, "desc");
        if (rows.isEmpty()) {
            return NoData.svg(labels.initiatives(), labels.initiatives() + ": " + labels.noData(), labels.noData(),
                    "chart chart-gantt", titleId, descId);
        }
        LocalDate first = from.isAfter(to) ? to : from;
        LocalDate last = from.isAfter(to) ? from : to;
        return new GanttDrawing(rows, first, last, asOf, labels, titleId, descId).draw();
    }
}
