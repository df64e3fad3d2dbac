package dev.bscportal.core.maps;

import dev.bscportal.core.memo.Generations;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Laid-out and cleaned maps kept in memory between builds: a map whose layout engine, site path and source (DOT,
 * subject, node titles: every input of layout and cleaning) are unchanged is taken as it was, without reading the
 * map cache or cleaning its SVG again. A preview redraws all 645 maps of a 10,000-page site after every save, and
 * an edit changes a few. Bounded to what the last build used ({@link Generations}); no static state.
 */
public final class MapMemo {

    private record Key(String engine, String path, MapSource source) {
    }

    private final Generations<Key, RenderedMap> maps = new Generations<>();
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
    }
}
