package dev.bscportal.core.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis rounded outwards to "nice" tick steps (1, 2, 2.5 or 5 times a power of ten) with four to six
 * ticks where possible.
 */
record NiceScale(double min, double max, double step, List<Double> ticks) {

    private static final double[] MANTISSAS = {1, 2, 2.5, 5};
    private static final int MIN_TICKS = 4;
    private static final int MAX_TICKS = 6;

    NiceScale {
        ticks = List.copyOf(ticks);
    }

    static NiceScale covering(double low, double high) {
        double lo = Math.min(low, high);
        double hi = Math.max(low, high);
        // ticks are rounded to 9 decimals (clean), so a range narrower than that cannot be scaled: it is drawn
        // flat, padded (values such as 1e-308 and 2e-308 gave all-zero ticks and NaN positions)
        if (hi - lo < Math.max(1e-6, 1e-12 * Math.max(Math.abs(lo), Math.abs(hi)))) {
            double pad = Math.abs(lo) < 1e-6 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        int magnitude = (int) Math.floor(Math.log10(hi - lo));
        NiceScale fallback = null;
        for (int exponent = magnitude - 2; exponent <= magnitude + 1; exponent++) {
            for (double mantissa : MANTISSAS) {
                double step = mantissa * Math.pow(10, exponent);
                long first = (long) Math.floor(lo / step + 1e-9);
                long last = (long) Math.ceil(hi / step - 1e-9);
                long count = last - first + 1;
                if (count <= MAX_TICKS) {
                    NiceScale scale = of(first, last, step);
                    if (count >= MIN_TICKS) {
                        return scale;
                    }
                    if (fallback == null) {
                        fallback = scale;
                    }
                }
            }
        }
        return fallback;
    }

    /**
     * A rank axis: whole positions from #1 to at least {@code worst} (and at least #2), in steps of 1, 2 or 5 times a
     * power of ten, so no tick is a fraction of a position or position 0.
     */
    static NiceScale ranks(double worst) {
        double span = Math.max(1, Math.min(1e9, Math.ceil(worst)) - 1);
        double step = 1;
        for (double magnitude = 1; ; magnitude *= 10) {
            double candidate = -1;
            for (double mantissa : new double[] {1, 2, 5}) {
                if (Math.ceil(span / (mantissa * magnitude)) + 1 <= MAX_TICKS) {
                    candidate = mantissa * magnitude;
                    break;
                }
            }
            if (candidate > 0) {
                step = candidate;
                break;
            }
        }
        long steps = (long) Math.ceil(span / step);
        List<Double> ticks = new ArrayList<>();
        for (long i = 0; i <= steps; i++) {
            ticks.add(1 + i * step);
        }
        return new NiceScale(1, 1 + steps * step, step, ticks);
    }

    private static NiceScale of(long first, long last, double step) {
        List<Double> ticks = new ArrayList<>();
        for (long i = first; i <= last; i++) {
            ticks.add(clean(i * step));
        }
        return new NiceScale(clean(first * step), clean(last * step), step, ticks);
    }

    /** Removes binary noise such as 0.30000000000000004. */
    private static double clean(double v) {
        return BigDecimal.valueOf(v).setScale(9, RoundingMode.HALF_UP).doubleValue();
    }

    /** Decimals needed to print every tick exactly. */
    int decimals() {
        int d = 0;
        double s = step;
        while (d < 6 && Math.abs(s - Math.round(s)) > 1e-9) {
            s *= 10;
            d++;
        }
        return d;
    }
}
