package dev.bscportal.core.sheets;

import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.problem.SourcePosition;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One value an import writes: {@code measure} (its id within its scorecard) for {@code period}, from the workbook
 * cell {@code from}; {@code replaces} is the recorded measurement it overwrites, if any; {@code note} may be empty.
 */
record Change(String measure, Period period, double value, String note, SourcePosition from, Optional<Measurement> replaces) {

    Change {
        note = oneLine(note);
    }

    /** The value as a measurement file writes it: {@code 36}, {@code 7.1}, {@code 0.0005}, never {@code 1E+1}. */
    String valueText() {
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }

    /** Notes stay on one line in every file format: line breaks and control characters become spaces. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF ? ' ' : c);
        }
        return out.toString().strip();
    }
}
