package dev.bscportal.core.render.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** One bar of the initiative timeline. {@code href} is a relative link, or empty for none. */
public record GanttRow(String label, String href, Optional<LocalDate> start, Optional<LocalDate> due,
                       OptionalDouble progress, String statusId, String statusLabel, List<Milestone> milestones) {

    public GanttRow {
        milestones = List.copyOf(milestones);
    }

    /** A milestone diamond on the bar. */
    public record Milestone(String name, LocalDate date, boolean done) {
    }
}
