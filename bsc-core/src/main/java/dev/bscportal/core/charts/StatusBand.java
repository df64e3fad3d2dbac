package dev.bscportal.core.charts;

import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.score.Status;

import java.util.ArrayList;
import java.util.List;

/** A value range shaded with the status an actual inside it would get. */
record StatusBand(Status status, double low, double high) {

    /**
     * The bands of one set of targets, clipped to [min, max], lowest value first. Without a target there
     * are none; without a threshold there is no watch band; without a stretch nothing exceeds.
     */
    static List<StatusBand> of(Targets targets, Polarity polarity, double min, double max) {
        List<StatusBand> bands = new ArrayList<>();
        if (targets.target().isEmpty()) {
            return bands;
        }
        double target = targets.target().getAsDouble();
        boolean lower = polarity == Polarity.LOWER_IS_BETTER;
        // walk the levels from worst to best; each band runs from the previous level to the next
        List<Status> statuses = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        statuses.add(Status.OFF_TARGET);
        if (targets.threshold().isPresent()) {
            levels.add(targets.threshold().getAsDouble());
            statuses.add(Status.WATCH);
        }
        levels.add(target);
        statuses.add(Status.ON_TARGET);
        if (targets.stretch().isPresent()) {
            levels.add(targets.stretch().getAsDouble());
            statuses.add(Status.EXCEEDS);
        }
        double worstEnd = lower ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        double bestEnd = -worstEnd;
        for (int i = 0; i < statuses.size(); i++) {
            double from = i == 0 ? worstEnd : levels.get(i - 1);
            double to = i == levels.size() ? bestEnd : levels.get(i);
            double low = Math.max(min, Math.min(from, to));
            double high = Math.min(max, Math.max(from, to));
            boolean inOrder = lower ? from >= to : from <= to;
            if (inOrder && high > low) {
                bands.add(new StatusBand(statuses.get(i), low, high));
            }
        }
        bands.sort((a, b) -> Double.compare(a.low(), b.low()));
        return bands;
    }
}
