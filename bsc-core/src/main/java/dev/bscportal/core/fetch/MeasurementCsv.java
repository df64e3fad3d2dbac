package dev.bscportal.core.fetch;

import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;
import dev.bscportal.core.text.TextCharacters;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns fetched rows into the text of {@code measurements/<source>.csv}: checked (known measure, a period of the
 * measure's frequency or finer, a plain finite number, one value per measure and period), sorted by measure then
 * period, numbers in their shortest plain form (12.50 and 1.25E1 are both 12.5), notes on one line. The same
 * values give the same bytes, whatever order or number format the source returned them in.
 */
final class MeasurementCsv {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final BigDecimal MAX = new BigDecimal("1e15");
    private static final int MAX_NOTE = 500;
    /** More decimal places than a double can tell apart from its neighbours is noise (or an attack). */
    private static final int MAX_DECIMALS = 20;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private record Checked(String measure, Period period, String value, String note) {
    }

    private MeasurementCsv() {
    }

    /**
     * The CSV text, or BSC181/BSC182 at {@code at} naming the first refused row. {@code frequencies} maps each
     * measure of the scorecard to its frequency.
     */
    static String write(List<FetchedRow> rows, Map<String, Frequency> frequencies, SourcePosition at) throws SourceFailure {
        if (rows.isEmpty()) {
            throw new SourceFailure(ProblemCode.MALFORMED_RESPONSE, at, "The source returned no values; the previous file is"
                    + " kept (an empty answer is more often a fault than the truth).");
        }
        List<Checked> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FetchedRow row : rows) {
            String where = "Row " + row.row() + " of the source's answer";
            String measure = clean(row.measure(), 64);
            Frequency frequency = frequencies.get(measure);
            if (frequency == null) {
                throw refused(at, where + " is for the measure '" + measure + "', which the company scorecard does not have.");
            }
            Period period = Period.parse(clean(row.period(), 16)).orElseThrow(() -> refused(at, where + " has the period '"
                    + clean(row.period(), 16) + "', which is not a period such as 2026-03, 2026-Q1, 2026-W07 or 2026."));
            if (period.granularity().ordinal() > frequency.ordinal()) {
                throw refused(at, where + " is for " + period + " but the measure " + measure + " is " + frequency.id() + ".");
            }
            String value = number(row.value()).orElseThrow(() -> refused(at, where + " has the value '" + clean(row.value(), 32)
                    + "' for " + measure + " " + period + ", which is not a plain finite number between -1e15 and 1e15 with at most 20 decimal places."));
            if (!seen.add(measure + "\u0000" + period)) {
                throw refused(at, where + " gives a second value for " + measure + " " + period + ".");
            }
            checked.add(new Checked(measure, period, value, clean(row.note(), MAX_NOTE)));
        }
        checked.sort(Comparator.comparing(Checked::measure).thenComparing(Checked::period));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord("measure", "period", "value", "note");
            for (Checked c : checked) {
                printer.printRecord(c.measure(), c.period().toString(), c.value(), c.note());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The shortest plain form of a number (no exponent, no trailing zeros), or empty when it is none or too large. */
    static java.util.Optional<String> number(String text) {
        String s = text == null ? "" : text.strip();
        if (s.length() > 64 || !NUMBER.matcher(s).matches()) {
            return java.util.Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException | ArithmeticException e) {
            return java.util.Optional.empty();
        }
        if (value.signum() == 0) {
            return java.util.Optional.of("0");
        }
        // the magnitude before any plain form is made: 1E-900000000 written out would be 900 million characters
        BigDecimal stripped = value.stripTrailingZeros();
        if (value.abs().compareTo(MAX) > 0 || stripped.scale() > MAX_DECIMALS) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(stripped.toPlainString());
    }

    /**
     * One line of at most {@code max} characters that the build reads without a problem: every character the build
     * refuses or warns about in a line ({@link TextCharacters#unsafeInLine}: control characters, line breaks, tabs, noncharacters,
     * direction controls) and every lone surrogate half becomes a space, and a cut never splits a character.
     */
    static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        return TextCharacters.cut(TextCharacters.spacedInLine(text.strip()).strip(), max).strip();
    }

    private static SourceFailure refused(SourcePosition at, String message) {
        return new SourceFailure(ProblemCode.FETCHED_VALUE_REFUSED, at, message);
    }
}
