package dev.bscportal.core.load;

import java.util.regex.Pattern;

/** Plain decimal numbers as users write them: no units, no thousands separators, finite. */
final class Numbers {

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
        return Double.isFinite(value) ? value : null;
    }
}
