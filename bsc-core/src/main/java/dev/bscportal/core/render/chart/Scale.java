package dev.bscportal.core.render.chart;

import dev.bscportal.core.score.Assessment;

import java.util.ArrayList;
import java.util.List;

/** A "nice" value axis covering the actuals and the targets, with 4-6 round tick values. */
record Scale(double min, double max, double tick) {

    static Scale of(List<Assessment> history) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Assessment a : history) {
            lo = Math.min(lo, a.actual());
            hi = Math.max(hi, a.actual());
            for (var level : List.of(a.targets().threshold(), a.targets().target(), a.targets().stretch())) {
                if (level.isPresent()) {
                    lo = Math.min(lo, level.getAsDouble());
                    hi = Math.max(hi, level.getAsDouble());
                }
            }
        }
        if (hi - lo < 1e-9) {
            double pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
            lo -= pad;
            hi += pad;
        }
        double span = hi - lo;
        lo -= span * 0.08;
        hi += span * 0.08;
        double tick = niceStep((hi - lo) / 5);
        return new Scale(Math.floor(lo / tick) * tick, Math.ceil(hi / tick) * tick, tick);
    }

    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double v = min; v <= max + tick * 1e-6; v += tick) {
            ticks.add(Math.round(v / tick) * tick);
        }
        return ticks;
    }

    /** Pixel y for a value inside a plot area starting at {@code top} with height {@code height}. */
    double px(double value, double top, double height) {
        return top + (max - value) / (max - min) * height;
    }
}
