package dev.bscportal.core.model;

import java.util.Optional;

/** Whether more of a measure is better (revenue) or less is better (defects). */
public enum Polarity implements HasId {
    HIGHER_IS_BETTER("higher-is-better"),
    LOWER_IS_BETTER("lower-is-better");

    private final String id;

    Polarity(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<Polarity> fromId(String text) {
        return HasId.find(values(), text);
    }
}
