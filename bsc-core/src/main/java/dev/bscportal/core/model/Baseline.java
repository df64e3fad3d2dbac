package dev.bscportal.core.model;

import java.util.Optional;

/** Where a measure started: a value and, when known, the period it was taken in. */
public record Baseline(double value, Optional<Period> period, Origin origin) {
}
