package dev.bscportal.core.model;

import java.util.Optional;

/** Where an initiative stands. */
public enum InitiativeStatus implements HasId {
    PLANNED("planned"),
    ACTIVE("active"),
    ON_HOLD("on-hold"),
    DONE("done"),
    CANCELLED("cancelled");

    private final String id;

    InitiativeStatus(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<InitiativeStatus> fromId(String text) {
        return HasId.find(values(), text);
    }
}
