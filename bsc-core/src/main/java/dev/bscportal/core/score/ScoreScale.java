package dev.bscportal.core.score;

import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Targets;

import java.util.OptionalDouble;

/**
 * The 0-10 scale: linear through threshold = 3.33, target = 6.67 and stretch = 10, clamped to 0..10
 * (the convention of the leading commercial scorecard tool). Lower-is-better measures are mirrored by
 * negating values. See docs/scoring.md.
 */
public final class ScoreScale {

    public static final double THRESHOLD_SCORE = 10.0 / 3.0;
    public static final double TARGET_SCORE = 20.0 / 3.0;
    public static final double MAX_SCORE = 10.0;
    private static final double EPSILON = 1e-9;

    private ScoreScale() {
    }

    /** The status of an actual value against targets; {@code NO_DATA} when there is no target. */
    public static Status status(double actual, Targets targets, Polarity polarity) {
        if (targets.target().isEmpty()) {
            return Status.NO_DATA;
        }
        double v = oriented(actual, polarity);
        double target = oriented(targets.target().getAsDouble(), polarity);
        if (targets.stretch().isPresent() && v >= oriented(targets.stretch().getAsDouble(), polarity) - EPSILON) {
            return Status.EXCEEDS;
        }
        if (v >= target - EPSILON) {
            return Status.ON_TARGET;
        }
        if (targets.threshold().isPresent() && v >= oriented(targets.threshold().getAsDouble(), polarity) - EPSILON) {
            return Status.WATCH;
        }
        return Status.OFF_TARGET;
    }

    /**
     * The score of an actual value. Without a threshold there is no watch band: below target scores 0.
     * Without a stretch, scores above target continue the threshold-target slope (or stay at 6.67 without
     * a threshold). Empty when there is no target.
     */
    public static OptionalDouble score(double actual, Targets targets, Polarity polarity) {
        if (targets.target().isEmpty()) {
            return OptionalDouble.empty();
        }
        double v = oriented(actual, polarity);
        double target = oriented(targets.target().getAsDouble(), polarity);
        OptionalDouble threshold = orientedOptional(targets.threshold(), polarity);
        OptionalDouble stretch = orientedOptional(targets.stretch(), polarity);
        double raw;
        if (v >= target) {
            if (stretch.isPresent()) {
                raw = stretch.getAsDouble() > target
                        ? interpolate(v, target, TARGET_SCORE, stretch.getAsDouble(), MAX_SCORE)
                        : MAX_SCORE;
            } else if (threshold.isPresent() && threshold.getAsDouble() < target) {
                raw = interpolate(v, threshold.getAsDouble(), THRESHOLD_SCORE, target, TARGET_SCORE);
            } else {
                raw = TARGET_SCORE;
            }
        } else if (threshold.isPresent() && threshold.getAsDouble() < target) {
            raw = interpolate(v, threshold.getAsDouble(), THRESHOLD_SCORE, target, TARGET_SCORE);
        } else {
            raw = 0;
        }
        return OptionalDouble.of(clamp(raw));
    }

    /** The status band a 0-10 score falls in (used for objectives, perspectives and the organisation). */
    public static Status statusOfScore(double score) {
        if (score >= MAX_SCORE - EPSILON) {
            return Status.EXCEEDS;
        }
        if (score >= TARGET_SCORE - EPSILON) {
            return Status.ON_TARGET;
        }
        if (score >= THRESHOLD_SCORE - EPSILON) {
            return Status.WATCH;
        }
        return Status.OFF_TARGET;
    }

    private static double interpolate(double v, double x0, double y0, double x1, double y1) {
        return y0 + (v - x0) * (y1 - y0) / (x1 - x0);
    }

    private static double clamp(double raw) {
        return Math.max(0, Math.min(MAX_SCORE, raw));
    }

    static double oriented(double value, Polarity polarity) {
        return polarity == Polarity.LOWER_IS_BETTER ? -value : value;
    }

    private static OptionalDouble orientedOptional(OptionalDouble value, Polarity polarity) {
        return value.isPresent() ? OptionalDouble.of(oriented(value.getAsDouble(), polarity)) : OptionalDouble.empty();
    }
}
