package dev.bscportal.core.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record of a strategy review meeting, from {@code reviews/<period>.md}. {@code commentary} maps an
 * objective id to what the meeting said about it; {@code body} is the minutes in Markdown.
 */
public record Review(
        Period period,
        Optional<LocalDate> date,
        List<String> attendees,
        List<String> decisions,
        Map<String, String> commentary,
        String body,
        Origin origin) {

    public Review {
        attendees = List.copyOf(attendees);
        decisions = List.copyOf(decisions);
        commentary = Collections.unmodifiableMap(new LinkedHashMap<>(commentary));
    }
}
