package dev.bscportal.core.score;

import java.util.OptionalDouble;

/** Accumulates a weighted mean over the values that exist; empty when none did. */
final class WeightedMean {

    private double weightedSum;
    private double totalWeight;

    void add(OptionalDouble value, double weight) {
        if (value.isPresent() && weight > 0) {
            weightedSum += value.getAsDouble() * weight;
            totalWeight += weight;
        }
    }

    OptionalDouble result() {
        return totalWeight > 0 ? OptionalDouble.of(weightedSum / totalWeight) : OptionalDouble.empty();
    }
}
