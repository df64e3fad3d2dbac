package dev.bscportal.core.maps;

import dev.bscportal.core.score.Status;

import java.util.Map;

/** The words a map shows, in the site's language: status names and the word for score. */
public record MapText(Map<Status, String> statusNames, String score, String noScore) {

    public MapText {
        statusNames = Map.copyOf(statusNames);
    }

    String status(Status status) {
        return statusNames.getOrDefault(status, status.label());
    }
}
