package dev.bscportal.core.score;

import dev.bscportal.core.model.HasId;
import java.util.Optional;

/**
 * How a measure, objective or perspective stands against its targets. Ordered best first. Every status
 * has a text marker so colour is never the only signal.
 */
public enum Status implements HasId {
    EXCEEDS("exceeds", "Exceeds", "▲▲"),
    ON_TARGET("on-target", "On target", "●"),
    WATCH("watch", "Watch", "◆"),
    OFF_TARGET("off-target", "Off target", "▼"),
    NO_DATA("no-data", "No data", "○");

    private final String id;
    private final String label;
    private final String marker;

    Status(String id, String label, String marker) {
        this.id = id;
        this.label = label;
        this.marker = marker;
    }

    @Override
    public String id() {
        return id;
    }

    /** Human-readable name, e.g. "On target". */
    public String label() {
        return label;
    }

    /** A short symbol shown next to the colour. */
    public String marker() {
        return marker;
    }

    /** True for the statuses that count as meeting the target. */
    public boolean isGreen() {
        return this == EXCEEDS || this == ON_TARGET;
    }

    public static Optional<Status> fromId(String text) {
        return HasId.find(values(), text);
    }
}
