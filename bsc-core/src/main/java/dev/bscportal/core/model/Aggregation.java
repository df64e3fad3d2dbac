package dev.bscportal.core.model;

import java.util.Optional;

/** How finer measurements roll up into a coarser period (months into a quarter). */
public enum Aggregation implements HasId {
    LAST("last"),
    SUM("sum"),
    AVERAGE("average");

    private final String id;

    Aggregation(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<Aggregation> fromId(String text) {
        return HasId.find(values(), text);
    }
}
