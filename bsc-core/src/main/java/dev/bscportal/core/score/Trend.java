package dev.bscportal.core.score;

import dev.bscportal.core.model.HasId;

/** The direction of a measure against its previous value, already corrected for polarity. */
public enum Trend implements HasId {
    IMPROVING("improving", "↑"),
    FLAT("flat", "→"),
    WORSENING("worsening", "↓"),
    UNKNOWN("unknown", "");

    private final String id;
    private final String arrow;

    Trend(String id, String arrow) {
        this.id = id;
        this.arrow = arrow;
    }

    @Override
    public String id() {
        return id;
    }

    public String arrow() {
        return arrow;
    }
}
