/**
 * Pure scoring: from a loaded strategy and its measurements to statuses, 0-10 scores, trends and
 * staleness for every measure, objective, perspective and scorecard, and the same as it stood at the end of each of
 * the last periods ({@link dev.bscportal.core.score.StatusHistory}, the scorecard heatmap). No I/O, no wall clock. The rules are
 * written down for users in docs/scoring.md.
 */
package dev.bscportal.core.score;
