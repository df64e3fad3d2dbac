package dev.bscportal.core.charts;

import dev.bscportal.core.score.Status;

import java.util.Map;

/**
 * The few fixed words the charts write, passed in by the caller so the site can translate them.
 * Templates use {placeholders}: {@code measureSummary} knows {name}, {count}, {first}, {last}, {latest},
 * {status}; {@code singleSummary} knows {name}, {first}, {latest}, {status}; {@code ganttSummary} knows
 * {count}, {from}, {to}, as does {@code ganttSummaryOne}, said of exactly one initiative; {@code progress} knows
 * {percent}. {@code initiativeStatuses} maps initiative status ids (e.g. "on-hold") to names; unknown ids are shown
 * as written.
 */
public record ChartLabels(
        String noData,
        String actual,
        String target,
        String exceeds,
        String onTarget,
        String watch,
        String offTarget,
        String asOf,
        String done,
        String open,
        String initiatives,
        String measureSummary,
        String singleSummary,
        String ganttSummary,
        String ganttSummaryOne,
        String progress,
        Map<String, String> initiativeStatuses,
        String notScheduled) {

    public static final ChartLabels ENGLISH = new ChartLabels(
            "No data", "Actual", "Target", "Exceeds", "On target", "Watch", "Off target", "As of", "done", "open", "Initiatives",
            "{name}, {count} values from {first} to {last}; latest {latest}, {status}",
            "{name}, one value in {first}: {latest}, {status}",
            "{count} initiatives from {from} to {to}",
            "{count} initiative from {from} to {to}",
            "{percent}% done",
            Map.of("planned", "Planned", "active", "Active", "on-hold", "On hold", "done", "Done",
                    "cancelled", "Cancelled"),
            "Not scheduled");

    public ChartLabels {
        initiativeStatuses = Map.copyOf(initiativeStatuses);
    }

    /** The name of a measure status. */
    public String status(Status status) {
        return switch (status) {
            case EXCEEDS -> exceeds;
            case ON_TARGET -> onTarget;
            case WATCH -> watch;
            case OFF_TARGET -> offTarget;
            case NO_DATA -> noData;
        };
    }

    /** The name of an initiative status id, or the id itself. */
    public String initiativeStatus(String id) {
        return id == null ? "" : initiativeStatuses.getOrDefault(id, id);
    }
}
