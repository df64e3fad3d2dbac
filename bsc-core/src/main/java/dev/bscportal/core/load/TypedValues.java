package dev.bscportal.core.load;

import dev.bscportal.core.model.Period;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Typed values of a strategy file (numbers, periods, dates, booleans) read from what the author wrote; a value that is
 * not one is reported at its place (with its stable code) and read as empty. {@link Fields} reads its keys through it.
 */
final class TypedValues {

    private final Consumer<Problem> report;

    TypedValues(Consumer<Problem> report) {
        this.report = report;
    }

    OptionalDouble number(Node node, SourcePosition where, String label) {
        if (node instanceof ScalarNode scalar) {
            Double value = Numbers.parse(scalar.getValue());
            if (value != null && Math.abs(value) > Numbers.MAX_MAGNITUDE) {
                report.accept(Problem.of(ProblemCode.NUMBER_OUT_OF_RANGE, where, label + " is " + scalar.getValue()
                        + "; numbers lie between -1e15 and 1e15."));
                return OptionalDouble.empty();
            }
            if (value != null) {
                return OptionalDouble.of(value);
            }
        }
        String shown = node instanceof ScalarNode scalar ? "'" + scalar.getValue() + "'" : "a list or map";
        String meant = node instanceof ScalarNode scalar ? LocalFormats.number(scalar.getValue()) : "";
        report.accept(Problem.of(ProblemCode.NOT_A_NUMBER, where, label + " must be a number, not " + shown + "." + meant));
        return OptionalDouble.empty();
    }

    Optional<Period> period(String text, SourcePosition where) {
        Optional<Period> period = Period.parse(text);
        if (period.isEmpty()) {
            report.accept(periodProblem(text, where));
        }
        return period;
    }

    /** The problem of a text that is not a supported period: out of range (BSC033) or malformed (BSC011). */
    static Problem periodProblem(String text, SourcePosition where) {
        return Period.isOutOfRange(text)
                ? Problem.of(ProblemCode.OUT_OF_RANGE_PERIOD, where, "The period '" + text + "' lies outside the years "
                        + Period.MIN_YEAR + " to " + Period.MAX_YEAR + ".")
                : Problem.of(ProblemCode.MALFORMED_PERIOD, where, "'" + text + "' is not a period." + LocalFormats.period(text));
    }

    Optional<LocalDate> date(String written, SourcePosition where) {
        try {
            LocalDate date = LocalDate.parse(written);
            if (!Period.supports(date)) {
                report.accept(Problem.of(ProblemCode.OUT_OF_RANGE_PERIOD, where, "The date '" + written
                        + "' lies outside " + Period.MIN_DATE + " to " + Period.MAX_DATE + "."));
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            report.accept(Problem.of(ProblemCode.INVALID_DATE, where, "'" + written + "' is not a date."
                    + LocalFormats.date(written)));
            return Optional.empty();
        }
    }

    Optional<Boolean> bool(Node node, String key, SourcePosition where) {
        if (node instanceof ScalarNode scalar && scalar.getTag() == Tag.BOOL) {
            String v = scalar.getValue().toLowerCase(Locale.ROOT);
            return Optional.of(v.equals("true") || v.equals("yes") || v.equals("on"));
        }
        report.accept(Problem.of(ProblemCode.INVALID_VALUE, where, "'" + key + "' must be true or false."));
        return Optional.empty();
    }
}
