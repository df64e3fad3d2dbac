package dev.bscportal.core.render;

import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.score.Scoring;
import dev.bscportal.core.score.Status;
import dev.bscportal.core.score.StrategyScores;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Objective statuses over the last periods up to the as-of period (the heatmap of the scorecard page):
 * the whole strategy is scored as it stood at the end of each period.
 */
public final class StatusHistory {

    public static final int PERIODS = 6;

    /** The heatmap of one scorecard: columns oldest to newest, one row of statuses per objective id. */
    public record Heatmap(List<Period> periods, Map<String, List<Status>> rows) {
    }

    private final Map<String, Heatmap> byScorecard = new LinkedHashMap<>();

    public StatusHistory(Strategy strategy, StrategyScores current) {
        // fewer columns when the supported period range begins sooner (as-of 1900-02: two)
        List<Period> periods = current.asOf().map(p -> p.lastPeriods(PERIODS)).orElse(List.of());
        List<StrategyScores> scored = new ArrayList<>();
        for (Period p : periods) {
            scored.add(p.equals(current.asOf().orElse(null)) ? current : Scoring.score(strategy, Optional.of(p)));
        }
        for (Scorecard s : strategy.allScorecards()) {
            Map<String, List<Status>> rows = new LinkedHashMap<>();
            for (Objective o : s.objectives()) {
                List<Status> row = new ArrayList<>();
                for (StrategyScores at : scored) {
                    row.add(at.of(s).objective(o.id()).status());
                }
                rows.put(o.id(), List.copyOf(row));
            }
            byScorecard.put(s.path(), new Heatmap(List.copyOf(periods), rows));
        }
    }

    public Heatmap of(Scorecard scorecard) {
        return byScorecard.get(scorecard.path());
    }
}
