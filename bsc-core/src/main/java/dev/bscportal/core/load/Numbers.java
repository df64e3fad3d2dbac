package dev.bscportal.core.load;

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

    private Numbers() {
    }

    /** The value, or null when {@code text} is not a plain finite number. */
    static Double parse(String text) {
        String s = text.strip();
        if (!plainDecimal(s)) {
            return null;
        }
        double value = Double.parseDouble(s);
        // -0 is 0: shown, summed and compared as 0 (adding 0.0 turns -0.0 into 0.0)
        return Double.isFinite(value) ? value + 0.0 : null;
    }

    /**
     * Whether {@code s} is {@code [-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?} with ASCII digits, read character by
     * character: every measurement row has a number, and a regular expression's matcher per row was a tenth of reading
     * the measurements of a 10,000-page strategy.
     */
    static boolean plainDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int start = i;
        i = digits(s, i);
        int whole = i - start;
        int fraction = 0;
        if (i < n && s.charAt(i) == '.') {
            int after = i + 1;
            i = digits(s, after);
            fraction = i - after;
        }
        if (whole == 0 && fraction == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponent = i;
            i = digits(s, i);
            if (i == exponent) {
                return false;
            }
        }
        return i == n;
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
