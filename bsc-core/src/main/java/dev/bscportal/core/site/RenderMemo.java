package dev.bscportal.core.site;

import dev.bscportal.core.maps.MapMemo;
import dev.bscportal.core.markdown.Markdown;
import dev.bscportal.core.score.ScoreMemo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a build computes that the next build with the same inputs can take as it is, kept in memory by the one who
 * builds again (a {@link dev.bscportal.core.build.SiteBuild}: the preview keeps one for its whole session): measure
 * results (the check and the heatmap), the Markdown converters with the HTML and plain text of each text, the digests
 * of the values page keys are made of, and laid-out maps. Each memo is keyed by every input of what it keeps and holds
 * what the last build used, no more ({@link #next()}). The output is the same, byte for byte, with or without it.
 */
public final class RenderMemo {

    private final ScoreMemo scores = new ScoreMemo();
    private final Map<Boolean, Markdown> converters = new ConcurrentHashMap<>();
    private final DigestMemo digests = new DigestMemo();
    private final MapMemo maps = new MapMemo();

    /** The measure results kept between scorings. */
    public ScoreMemo scores() {
        return scores;
    }

    /** The Markdown converter of a raw-HTML setting, with the texts it converted. */
    Markdown markdown(boolean allowRawHtml) {
        return converters.computeIfAbsent(allowRawHtml, Markdown::new);
    }

    DigestMemo digests() {
        return digests;
    }

    MapMemo maps() {
        return maps;
    }

    /** How many maps were taken from memory so far (for the build's count of maps taken from the cache). */
    public int mapsKept() {
        return maps.hits();
    }

    /**
     * A new build starts (call it before its check, while nothing else uses the memo): what the last build did not use
     * is dropped, so the memos hold about one build's values however many builds came before.
     */
    public synchronized void next() {
        scores.next();
        converters.values().forEach(Markdown::next);
        digests.next();
        maps.next();
    }
}
