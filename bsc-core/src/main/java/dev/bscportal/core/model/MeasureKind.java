package dev.bscportal.core.model;

import java.util.Optional;

/** Leading measures predict outcomes; lagging measures record them. */
public enum MeasureKind implements HasId {
    LEADING("leading"),
    LAGGING("lagging");

    private final String id;

    MeasureKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<MeasureKind> fromId(String text) {
        return HasId.find(values(), text);
    }
}
