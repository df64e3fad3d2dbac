package dev.bscportal.core.score;

import java.util.OptionalDouble;

/**
 * One input to an objective's score: one of its measures, or a unit objective that supports it.
 * {@code reference} is the measure id, or the qualified objective reference ({@code sales/win-deals}).
 */
public record Contribution(Kind kind, String reference, double weight, OptionalDouble score) {

    public enum Kind { MEASURE, UNIT_OBJECTIVE }
}
