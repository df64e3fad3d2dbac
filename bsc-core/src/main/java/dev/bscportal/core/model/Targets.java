package dev.bscportal.core.model;

import java.util.OptionalDouble;

/**
 * The three levels a measure is judged against: threshold (worse is red), target (green) and stretch
 * (exceptional). Any may be absent; a scorable measure has at least a target.
 */
public record Targets(OptionalDouble threshold, OptionalDouble target, OptionalDouble stretch) {

    public static final Targets NONE = new Targets(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());

    public static Targets of(double threshold, double target, double stretch) {
        return new Targets(OptionalDouble.of(threshold), OptionalDouble.of(target), OptionalDouble.of(stretch));
    }

    /** These targets with every level that {@code override} sets replaced. */
    public Targets overriddenBy(Targets override) {
        return new Targets(
                override.threshold.isPresent() ? override.threshold : threshold,
                override.target.isPresent() ? override.target : target,
                override.stretch.isPresent() ? override.stretch : stretch);
    }
}
