/**
 * Pure scoring: from a loaded strategy and its measurements to statuses, 0-10 scores, trends and
 * staleness for every measure, objective, perspective and scorecard. No I/O, no wall clock. The rules are
 * written down for users in docs/scoring.md.
 */
package dev.bscportal.core.score;
