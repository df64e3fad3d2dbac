package dev.bscportal.core.load;

import java.util.regex.Pattern;

/** Plain decimal numbers as users write them: no units, no thousands separators, finite. */
final class Numbers {

    /**
     * The largest magnitude a number of a strategy may have (BSC034): far beyond any KPI, small enough that
     * sums, means, differences and chart scales of such numbers stay finite and exact to a cent.
     */
    static final double MAX_MAGNITUDE = 1e15;
    /** The range of weights (BSC034): a weighted mean of up to a million such weights cannot overflow. */
    static final double MIN_WEIGHT = 1e-6;
    static final double MAX_WEIGHT = 1e6;

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private Numbers() {
    }

    /** The value, or null when {@code text} is not a plain finite number. */
    static Double parse(String text) {
        String s = text.strip();
        if (!NUMBER.matcher(s).matches()) {
            return null;
        }
        double value = Double.parseDouble(s);
        // -0 is 0: shown, summed and compared as 0 (adding 0.0 turns -0.0 into 0.0)
        return Double.isFinite(value) ? value + 0.0 : null;
    }
}
