package dev.bscportal.core.model;

/** Targets that apply from one period on (until the next period target), overriding the defaults. */
public record PeriodTarget(Period period, Targets targets, Origin origin) {
}
