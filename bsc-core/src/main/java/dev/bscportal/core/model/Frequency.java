package dev.bscportal.core.model;

import java.util.Optional;

/** How often a measure is measured; also the granularity of a {@link Period}. Ordered finest first. */
public enum Frequency implements HasId {
    WEEKLY("weekly"),
    MONTHLY("monthly"),
    QUARTERLY("quarterly"),
    YEARLY("yearly");

    private final String id;

    Frequency(String id) {
        this.id = id;
    }

    /** The name used in YAML files. */
    @Override
    public String id() {
        return id;
    }

    /** How many periods of this frequency a year has (52 for weeks). */
    public int periodsPerYear() {
        return switch (this) {
            case WEEKLY -> 52;
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case YEARLY -> 1;
        };
    }

    public static Optional<Frequency> fromId(String text) {
        return HasId.find(values(), text);
    }
}
