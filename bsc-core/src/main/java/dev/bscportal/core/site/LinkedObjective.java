package dev.bscportal.core.site;

import dev.bscportal.core.model.Objective;
import dev.bscportal.core.score.ObjectiveResult;

/** A unit objective supporting one of ours, or a parent objective one of ours supports. */
public record LinkedObjective(String unitName, String path, Objective objective, ObjectiveResult result) {
}
