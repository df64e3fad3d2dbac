package dev.bscportal.core.model;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A calculated measure's {@code calc:} expression (docs/data.md) and, once calculated, its trail: per period the value of
 * each input and the result, or why there is none. The loader gives an empty trail; {@code dev.bscportal.core.calc}
 * fills it. {@code inputs} are the measure references of the expression in the order written ({@code revenue},
 * {@code sales/pipeline}).
 */
public record Calculation(String expression, List<String> inputs, List<Row> rows) {

    public Calculation {
        inputs = List.copyOf(inputs);
        rows = List.copyOf(rows);
    }

    /** This calculation with its trail. */
    public Calculation withRows(List<Row> newRows) {
        return new Calculation(expression, inputs, newRows);
    }

    /** Why a row of the trail has no result. */
    public enum Reason implements HasId {
        /** It has a result. */
        NONE("none"),
        /** At least one input has no value for the period. */
        MISSING_INPUT("missing-input"),
        DIVISION_BY_ZERO("division-by-zero"),
        /** The result lies outside -1e15 to 1e15. */
        OUT_OF_RANGE("out-of-range"),
        /** The calculation is not defined for the values (the square root of a negative number). */
        UNDEFINED("undefined");

        private final String id;

        Reason(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    /** One period of the trail: each input's value (empty when it has none), and the result or why there is none. */
    public record Row(Period period, List<OptionalDouble> values, OptionalDouble result, Reason reason) {
        public Row {
            values = List.copyOf(values);
        }
    }
}
