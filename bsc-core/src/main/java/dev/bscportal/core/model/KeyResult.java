package dev.bscportal.core.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A key result "from X to Y". {@code current} is the value reached; when absent and {@code measure} is
 * set, the measure's latest value in the quarter is used.
 */
public record KeyResult(
        String name,
        Optional<String> measure,
        double from,
        double to,
        OptionalDouble current,
        Origin origin) {
}
