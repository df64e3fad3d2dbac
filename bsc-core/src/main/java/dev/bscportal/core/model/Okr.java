package dev.bscportal.core.model;

import java.util.List;

/** A quarterly objective that supports one or more BSC objectives, with its key results. */
public record Okr(String id, String name, String owner, List<String> supports, List<KeyResult> keyResults, Origin origin) {

    public Okr {
        supports = List.copyOf(supports);
        keyResults = List.copyOf(keyResults);
    }
}
