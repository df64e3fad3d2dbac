package dev.bscportal.core.score;

import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Objective statuses over the last periods up to the as-of period (the heatmap of the scorecard page):
 * the whole strategy is scored as it stood at the end of each period. Rows are the objectives in map order;
 * columns start at the first period in which the scorecard has any status, and always end at the as-of period.
 */
public final class StatusHistory {

    public static final int PERIODS = 6;

    /** The heatmap of one scorecard: columns oldest to newest, one row of statuses per objective id. */
    public record Heatmap(List<Period> periods, Map<String, List<Status>> rows) {
    }

    private final Map<String, Heatmap> byScorecard = new LinkedHashMap<>();

    public StatusHistory(Strategy strategy, StrategyScores current) {
        this(strategy, current, ScoreMemo.none());
    }

    /** The heatmaps, with the measure results of {@code memo} where their inputs are unchanged. */
    public StatusHistory(Strategy strategy, StrategyScores current, ScoreMemo memo) {
        // fewer columns when the supported period range begins sooner (as-of 1900-02: two)
        List<Period> periods = current.asOf().map(p -> p.lastPeriods(PERIODS)).orElse(List.of());
        List<StrategyScores> scored = new ArrayList<>();
        for (Period p : periods) {
            scored.add(p.equals(current.asOf().orElse(null)) ? current : Scoring.scoreEarlier(strategy, p, current, memo));
        }
        for (Scorecard s : strategy.allScorecards()) {
            Map<String, List<Status>> rows = new LinkedHashMap<>();
            for (Objective o : s.objectives()) {
                List<Status> row = new ArrayList<>();
                for (StrategyScores at : scored) {
                    row.add(at.of(s).objective(o.id()).status());
                }
                rows.put(o.id(), row);
            }
            int first = firstWithData(rows, periods.size());
            Map<String, List<Status>> shown = new LinkedHashMap<>();
            rows.forEach((id, row) -> shown.put(id, List.copyOf(row.subList(first, row.size()))));
            byScorecard.put(s.path(), new Heatmap(List.copyOf(periods.subList(first, periods.size())), shown));
        }
    }

    /**
     * The first column in which some objective has a status: columns before the scorecard's first data are left out
     * (a strategy that is still baselining shows no heatmap rather than one of grey cells). Later gaps stay.
     */
    private static int firstWithData(Map<String, List<Status>> rows, int columns) {
        for (int c = 0; c < columns; c++) {
            final int column = c;
            if (rows.values().stream().anyMatch(row -> row.get(column) != Status.NO_DATA)) {
                return c;
            }
        }
        return columns;
    }

    public Heatmap of(Scorecard scorecard) {
        return byScorecard.get(scorecard.path());
    }
}
