package dev.bscportal.core.site;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.InitiativeStatus;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Milestone;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.score.ScorecardScores;
import dev.bscportal.core.score.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a reader of a scorecard should look at: off-target measures with no active initiative and stale
 * measures ({@code measures}), measures with no data at all ({@code noData}), and milestones not done whose
 * due date lies on or before the last day of the as-of period ({@code overdue}; none without an as-of
 * period, since the wall clock is never read). In the scorecard's authored order.
 */
public record NeedsAttention(List<Measure> measures, List<Measure> noData, List<OverdueMilestone> overdue) {

    /** A milestone of an initiative that is past due at the as-of period. */
    public record OverdueMilestone(Initiative initiative, Milestone milestone) {
    }

    public NeedsAttention {
        measures = List.copyOf(measures);
        noData = List.copyOf(noData);
        overdue = List.copyOf(overdue);
    }

    public static NeedsAttention of(Scorecard scorecard, ScorecardScores scores) {
        List<Measure> measures = new ArrayList<>();
        List<Measure> noData = new ArrayList<>();
        for (Measure m : scorecard.measures()) {
            MeasureResult r = scores.measure(m.id());
            if (r.status() == Status.NO_DATA) {
                noData.add(m);
                continue;
            }
            boolean redAlone = r.status() == Status.OFF_TARGET && scorecard.initiatives().stream()
                    .noneMatch(i -> i.status() == InitiativeStatus.ACTIVE && (i.measures().contains(m.id())
                            || m.objectives().stream().anyMatch(l -> i.objectives().contains(l.objective()))));
            if (redAlone || r.stale()) {
                measures.add(m);
            }
        }
        return new NeedsAttention(measures, noData, overdue(scorecard, scores.asOf()));
    }

    private static List<OverdueMilestone> overdue(Scorecard scorecard, Optional<Period> asOf) {
        if (asOf.isEmpty()) {
            return List.of();
        }
        LocalDate end = asOf.get().endDate();
        List<OverdueMilestone> result = new ArrayList<>();
        for (Initiative initiative : scorecard.initiatives()) {
            if (initiative.status() == InitiativeStatus.DONE || initiative.status() == InitiativeStatus.CANCELLED) {
                continue;
            }
            for (Milestone milestone : initiative.milestones()) {
                if (!milestone.done() && milestone.due().isPresent() && !milestone.due().get().isAfter(end)) {
                    result.add(new OverdueMilestone(initiative, milestone));
                }
            }
        }
        return result;
    }

    /** At most {@code limit} entries of each list, so a page of a huge strategy stays small. */
    public NeedsAttention first(int limit) {
        return new NeedsAttention(measures.subList(0, Math.min(limit, measures.size())),
                noData.subList(0, Math.min(limit, noData.size())), overdue.subList(0, Math.min(limit, overdue.size())));
    }

    /** How many entries there are in all lists together. */
    public int size() {
        return measures.size() + noData.size() + overdue.size();
    }

    /** Nothing at all to look at: only then may a page say that all data is current. */
    public boolean isEmpty() {
        return measures.isEmpty() && noData.isEmpty() && overdue.isEmpty();
    }
}
