package dev.bscportal.core.model;

/**
 * One actual value of a measure for a period, from a measure file or a CSV row. {@code note} may be
 * empty. {@code measure} is the measure id as written (unqualified, within the scorecard).
 */
public record Measurement(String measure, Period period, double value, String note, Origin origin) {
}
