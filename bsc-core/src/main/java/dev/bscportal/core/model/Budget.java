package dev.bscportal.core.model;

import java.util.OptionalDouble;

/** Money planned for and spent on an initiative, in one currency (ISO code, e.g. EUR). */
public record Budget(OptionalDouble planned, OptionalDouble spent, String currency, Origin origin) {
}
