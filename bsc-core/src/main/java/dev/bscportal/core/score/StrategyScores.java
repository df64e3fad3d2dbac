package dev.bscportal.core.score;

/** Placeholder until the scoring package lands; replaced by the scoring work. */
public record StrategyScores() {
}
