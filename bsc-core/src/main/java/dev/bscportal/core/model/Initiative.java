package dev.bscportal.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** A project that moves objectives and measures. {@code progress} is 0-100. {@code body} is Markdown. */
public record Initiative(
        String id,
        String name,
        String owner,
        String sponsor,
        List<String> objectives,
        List<String> measures,
        InitiativeStatus status,
        Optional<LocalDate> start,
        Optional<LocalDate> due,
        OptionalDouble progress,
        Optional<Budget> budget,
        List<Milestone> milestones,
        String body,
        Origin origin) {

    public Initiative {
        objectives = List.copyOf(objectives);
        measures = List.copyOf(measures);
        milestones = List.copyOf(milestones);
    }
}
