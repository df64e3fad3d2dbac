package dev.bscportal.core.site;

import java.util.Map;

/**
 * One page to write: where, with which template, what it shows, and the text the search index gets for it.
 * {@code scorecard} is null only for site-wide pages (owners, search, 404).
 */
record PageSpec(String path, String template, String title, String kind, ScorecardView scorecard,
                Map<String, Object> extras, String searchText, boolean searchable) {

    PageSpec {
        extras = Map.copyOf(extras);
    }
}
