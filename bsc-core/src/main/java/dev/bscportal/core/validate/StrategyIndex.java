package dev.bscportal.core.validate;

import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.ObjectiveKey;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Lookups across all scorecards of a strategy, built once per validation. */
final class StrategyIndex {

    private final Map<String, Scorecard> scorecards = new HashMap<>();
    private final Map<ObjectiveKey, Objective> objectives = new HashMap<>();

    StrategyIndex(Strategy strategy) {
        for (Scorecard scorecard : strategy.allScorecards()) {
            scorecards.put(scorecard.path(), scorecard);
            for (Objective objective : scorecard.objectives()) {
                objectives.put(new ObjectiveKey(scorecard.path(), objective.id()), objective);
            }
        }
    }

    Optional<Scorecard> scorecard(String path) {
        return Optional.ofNullable(scorecards.get(path));
    }

    Optional<Objective> objective(ObjectiveKey key) {
        return Optional.ofNullable(objectives.get(key));
    }
}
