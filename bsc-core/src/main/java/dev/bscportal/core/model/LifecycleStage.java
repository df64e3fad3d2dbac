package dev.bscportal.core.model;

import java.util.Optional;

/** The business lifecycle stage that shapes financial objectives (Kaplan and Norton). */
public enum LifecycleStage implements HasId {
    GROWTH("growth"),
    SUSTAIN("sustain"),
    HARVEST("harvest");

    private final String id;

    LifecycleStage(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<LifecycleStage> fromId(String text) {
        return HasId.find(values(), text);
    }
}
