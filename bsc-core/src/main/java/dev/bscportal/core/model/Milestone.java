package dev.bscportal.core.model;

import java.time.LocalDate;
import java.util.Optional;

/** A checkpoint of an initiative. */
public record Milestone(String name, Optional<LocalDate> due, boolean done, Origin origin) {
}
