package dev.bscportal.core.build;

import dev.bscportal.core.maps.CachingLayout;
import dev.bscportal.core.maps.MapLayout;

import java.util.List;
import java.util.Optional;

/**
 * The layout engine a build draws its maps with (empty: maps are listed, not drawn), whether it may lay out
 * maps in parallel, and a line for the log saying which engine it is and why.
 */
public record MapEngine(Optional<MapLayout> layout, boolean parallel, Optional<String> note) {

    /** No engine: the pages list each map's objectives instead of drawing it. */
    public static MapEngine none() {
        return new MapEngine(Optional.empty(), true, Optional.empty());
    }

    int laidOut() {
        return cache().map(CachingLayout::laidOut).orElse(0);
    }

    /** The map cache's entries this engine refused (each as file and why): laid out again and replaced. */
    List<String> refusedCacheEntries() {
        return cache().map(CachingLayout::refusedEntries).orElse(List.of());
    }

    int cacheHits() {
        return cache().map(CachingLayout::cacheHits).orElse(0);
    }

    private Optional<CachingLayout> cache() {
        return layout.filter(CachingLayout.class::isInstance).map(CachingLayout.class::cast);
    }
}
