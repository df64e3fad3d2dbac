package dev.bscportal.core.redact;

import dev.bscportal.core.model.HasId;
import java.util.Optional;

/** A section an audience profile can leave out of its site, everywhere. */
public enum Redaction implements HasId {
    /** Actual values of measures and key results (statuses, scores and targets stay). */
    ACTUALS("actuals"),
    /** Initiative budgets. */
    BUDGETS("budgets"),
    /** Names of owners, sponsors and attendees, also where they appear in free text. */
    OWNERS("owners");

    private final String id;

    Redaction(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<Redaction> fromId(String text) {
        return HasId.find(values(), text);
    }
}
