package dev.bscportal.core.validate;

import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.score.StrategyScores;

/** What a rule may look at: the strategy as loaded and its computed scores. */
public record ValidationContext(Strategy strategy, StrategyScores scores) {
}
