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

    /** One period of the trail: each input's value (empty when it has none), the result or a note why there is none. */
    public record Row(Period period, List<OptionalDouble> values, OptionalDouble result, String note) {
        public Row {
            values = List.copyOf(values);
        }
    }
}
