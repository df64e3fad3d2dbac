package dev.bscportal.core.maps;

import java.util.Map;

/**
 * A map ready for layout: its file name (without extension), what it shows (for the accessible name),
 * the DOT source, and the tooltip of each node id.
 */
public record MapSource(String name, String subject, String dot, Map<String, String> titles) {

    public MapSource {
        titles = Map.copyOf(titles);
    }
}
