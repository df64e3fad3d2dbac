package dev.bscportal.core.score;

import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;

import java.util.Map;
import java.util.Optional;

/** The scores of every scorecard of a strategy, keyed by unit path ({@code ""} = the company). */
public record StrategyScores(Optional<Period> asOf, Map<String, ScorecardScores> scorecards) {

    public StrategyScores {
        scorecards = Map.copyOf(scorecards);
    }

    public ScorecardScores of(Scorecard scorecard) {
        return of(scorecard.path());
    }

    public ScorecardScores of(String unitPath) {
        ScorecardScores result = scorecards.get(unitPath);
        if (result == null) {
            throw new IllegalArgumentException("no scorecard at '" + unitPath + "'");
        }
        return result;
    }

    public ScorecardScores company() {
        return of("");
    }
}
