package dev.bscportal.core.model;

/** A measure's link to an objective it tracks, with the measure's weight inside that objective. */
public record ObjectiveLink(String objective, double weight, Origin origin) {
}
