package dev.bscportal.core.score;

import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Targets;

import java.util.OptionalDouble;

/** A measure's value for one period judged against the targets in force then. */
public record Assessment(Period period, double actual, Targets targets, Status status, OptionalDouble score) {
}
