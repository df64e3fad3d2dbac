package dev.bscportal.core.charts;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.Milestone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One bar of the Gantt chart. {@code href} is a relative link to the initiative's page (empty: no link);
 * {@code progress} is 0-100; {@code statusId} is an initiative status id such as "active" and becomes the
 * CSS class {@code bar-<id>}. A bar without a start begins at the chart's left edge, one without a due date
 * runs to its right edge; a row with neither is not scheduled and gets no bar (no dates are made up for it).
 */
public record GanttRow(
        String label,
        String href,
        Optional<LocalDate> start,
        Optional<LocalDate> due,
        OptionalDouble progress,
        String statusId,
        List<GanttMilestone> milestones) {

    public GanttRow {
        label = label == null ? "" : label;
        href = href == null ? "" : href;
        statusId = statusId == null ? "" : statusId;
        milestones = List.copyOf(milestones);
    }

    /** False when the row has neither a start nor a due date: it is listed as not scheduled, without a bar. */
    public boolean scheduled() {
        return start.isPresent() || due.isPresent();
    }

    /** A checkpoint drawn as a diamond on its row, filled when done. */
    public record GanttMilestone(String name, LocalDate date, boolean done) {
    }

    /** The row of an initiative; milestones without a due date are left out (they have no place in time). */
    public static GanttRow of(Initiative initiative, String href) {
        List<GanttMilestone> milestones = new ArrayList<>();
        for (Milestone m : initiative.milestones()) {
            m.due().ifPresent(date -> milestones.add(new GanttMilestone(m.name(), date, m.done())));
        }
        String label = initiative.name().isBlank() ? initiative.id() : initiative.name();
        return new GanttRow(label, href, initiative.start(), initiative.due(), initiative.progress(),
                initiative.status().id(), milestones);
    }
}
