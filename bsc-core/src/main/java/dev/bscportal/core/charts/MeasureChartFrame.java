package dev.bscportal.core.charts;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.presentation.ValueFormat;
import dev.bscportal.core.score.Assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The geometry of one measure chart, derived from the data alone: the periods on the time axis (those with a value,
 * then those of later period targets: the glide path), the targets of each, the value scale (upside down for a
 * rank), the left margin that fits the widest tick label, and where each period and value lands.
 */
final class MeasureChartFrame {

    static final double TOP = 34;
    static final double BOTTOM = MeasureChart.HEIGHT - 34;
    static final double RIGHT = MeasureChart.WIDTH - 84;
    static final double EDGE_PAD = 14;
    static final double CHAR_WIDTH = 6.6;

    final Measure measure;
    final List<Assessment> history;
    final ValueFormat format;
    /** The periods on the time axis: those with a value, then those of later period targets (the glide path). */
    final List<Period> periods;
    final List<Targets> targets;
    final boolean inverted;
    final NiceScale scale;
    final double left;
    final double[] xs;

    MeasureChartFrame(Measure measure, List<Assessment> history, ValueFormat format) {
        this.measure = measure;
        this.history = history;
        this.format = format;
        this.periods = new ArrayList<>();
        this.targets = new ArrayList<>();
        for (Assessment a : history) {
            periods.add(a.period());
            targets.add(a.targets());
        }
        for (Period future : glidePath(measure, history.get(history.size() - 1).period())) {
            periods.add(future);
            targets.add(measure.targetsFor(future));
        }
        this.inverted = measure.isRank();
        this.scale = inverted ? NiceScale.ranks(worstRank(history, targets)) : scaleFor(history, targets);
        int widest = 0;
        for (double tick : scale.ticks()) {
            widest = Math.max(widest, tickLabel(tick).length());
        }
        this.left = Math.max(40, 12 + widest * CHAR_WIDTH);
        this.xs = xPositions();
    }

    /**
     * The periods, in the measure's frequency, after {@code last} up to the one holding the start of the latest
     * period target: the future part of a glide path. Empty when no target starts after the last value.
     */
    static List<Period> glidePath(Measure measure, Period last) {
        List<Period> result = new ArrayList<>();
        if (measure.periodTargets().isEmpty()) {
            return result;
        }
        Period end = Period.containing(measure.periodTargets().get(measure.periodTargets().size() - 1).period().startDate(),
                measure.frequency());
        // at most 200 periods (a weekly measure's four years), so a target in 9999 cannot flood the chart
        // next() is empty past the last supported period
        for (Optional<Period> p = last.next(); p.isPresent() && p.get().compareTo(end) <= 0 && result.size() < 200;
             p = p.get().next()) {
            result.add(p.get());
        }
        return result;
    }

    private static double worstRank(List<Assessment> history, List<Targets> targets) {
        double worst = 1;
        for (Assessment a : history) {
            worst = Math.max(worst, a.actual());
        }
        for (Targets t : targets) {
            for (OptionalDouble level : List.of(t.threshold(), t.target(), t.stretch())) {
                if (level.isPresent() && Double.isFinite(level.getAsDouble())) {
                    worst = Math.max(worst, level.getAsDouble());
                }
            }
        }
        return worst;
    }

    /**
     * A value axis tick as the site writes numbers (its locale's decimal mark and grouping: 87.5 and 12,000 in
     * English, 87,5 and 12.000 in German), with as few of the scale's decimals as the tick needs (85, 87.5, 90).
     */
    String tickLabel(double tick) {
        if (inverted) {
            return format.withUnit(measure.unitKind(), format.number(tick, 0));
        }
        return format.number(tick, Svg.decimalsNeeded(tick, scale.decimals()));
    }

    private static NiceScale scaleFor(List<Assessment> history, List<Targets> targets) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Assessment a : history) {
            for (double v : valuesOf(a.actual(), a.targets())) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        for (Targets t : targets) {
            for (double v : valuesOf(Double.NaN, t)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        // a little room so values on a nice boundary do not sit on the frame
        double pad = (hi - lo) * 0.03;
        return NiceScale.covering(lo - pad, hi + pad);
    }

    private static List<Double> valuesOf(double actual, Targets t) {
        List<Double> values = new ArrayList<>(4);
        if (Double.isFinite(actual)) {
            values.add(actual);
        }
        for (OptionalDouble level : List.of(t.threshold(), t.target(), t.stretch())) {
            if (level.isPresent() && Double.isFinite(level.getAsDouble())) {
                values.add(level.getAsDouble());
            }
        }
        return values;
    }

    /** Positions by period ordinal, so a missing period leaves a gap rather than squeezing time. */
    private double[] xPositions() {
        double[] result = new double[periods.size()];
        long first = MeasureChart.ordinal(periods.get(0));
        long span = MeasureChart.ordinal(periods.get(periods.size() - 1)) - first;
        for (int i = 0; i < result.length; i++) {
            result[i] = span == 0 ? (left + RIGHT) / 2
                    : left + EDGE_PAD + (MeasureChart.ordinal(periods.get(i)) - first) * (RIGHT - left - 2 * EDGE_PAD) / span;
        }
        return result;
    }

    double y(double value) {
        if (inverted) {
            return TOP + (value - scale.min()) * (BOTTOM - TOP) / (scale.max() - scale.min());
        }
        return BOTTOM - (value - scale.min()) * (BOTTOM - TOP) / (scale.max() - scale.min());
    }
}
