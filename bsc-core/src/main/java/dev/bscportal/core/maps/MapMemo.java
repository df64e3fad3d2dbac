package dev.bscportal.core.maps;

import dev.bscportal.core.memo.Generations;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Laid-out and cleaned maps kept in memory between builds: a map whose layout engine, site path and source (DOT,
 * subject, node titles: every input of layout and cleaning) are unchanged is taken as it was, without reading the
 * map cache or cleaning its SVG again; and the DOT of each scorecard map, by all it is written from ({@link MapInputs}). A preview redraws all 645 maps of a 10,000-page site after every save, and
 * an edit changes a few. Bounded to what the last build used ({@link Generations}); no static state.
 */
public final class MapMemo {

    private record Key(String engine, String path, MapSource source) {
    }

    private final Generations<Key, RenderedMap> maps = new Generations<>();
    /** The DOT of each scorecard map and theme map, by everything it is written from. */
    private final Generations<MapInputs, MapSource> sources = new Generations<>();
    private final AtomicInteger hits = new AtomicInteger();

    RenderedMap map(String engine, String path, MapSource source, MapWork lay) throws MapException {
        Key key = new Key(engine, path, source);
        RenderedMap kept = maps.find(key);
        if (kept != null) {
            hits.incrementAndGet();
            return kept;
        }
        RenderedMap made = lay.run();
        maps.put(key, made);
        return made;
    }

    /**
     * The DOT of a scorecard's map: kept from an earlier build when its inputs are equal, else written by
     * {@code write}. An edit that changes one scorecard writes its maps and those of the scorecards whose objectives'
     * statuses it changes, not all of them; and a map kept so is the same instance, so its key below compares at once.
     */
    MapSource source(MapInputs inputs, java.util.function.Function<MapInputs, MapSource> write) {
        return sources.get(inputs, write);
    }

    /** Laying out and cleaning one map. */
    interface MapWork {
        RenderedMap run() throws MapException;
    }

    /** How many maps were taken from this memo so far (they count as taken from the map cache). */
    public int hits() {
        return hits.get();
    }

    /** A new build starts: maps the last build did not draw are dropped. */
    public void next() {
        maps.next();
        sources.next();
    }
}
