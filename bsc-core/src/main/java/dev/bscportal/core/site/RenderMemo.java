package dev.bscportal.core.site;

import dev.bscportal.core.maps.MapMemo;
import dev.bscportal.core.markdown.ConvertedTexts;
import dev.bscportal.core.markdown.Markdown;
import dev.bscportal.core.score.ScoreMemo;
import dev.bscportal.core.validate.ScorecardChecks;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a build computes that the next build with the same inputs can take as it is, kept in memory by the one who
 * builds again (a {@link dev.bscportal.core.build.SiteBuild}: the preview keeps one for its whole session): measure
 * results (the check and the heatmap), what the per-scorecard rules found in each scorecard, the Markdown converters
 * with the HTML and plain text of each text, the digests
 * of the values page keys are made of, and laid-out maps. Each memo is keyed by every input of what it keeps and holds
 * what the last build used, no more ({@link #next()}). The converted Markdown may also be kept on disk for builds in
 * fresh JVMs ({@link ConvertedTexts}). The output is the same, byte for byte, with or without it.
 */
public final class RenderMemo {

    private final ScoreMemo scores;
    private final ScorecardChecks checks;
    private final Map<Boolean, Markdown> converters = new ConcurrentHashMap<>();
    private final DigestMemo digests;
    private final Optional<MapMemo> maps;
    /** Where the converted Markdown is kept between builds in fresh JVMs, if anywhere. */
    private final Optional<Path> directory;

    /** Memos in memory only. */
    public RenderMemo() {
        this(Optional.empty());
    }

    /**
     * Memos in memory, and the converted Markdown also on disk in {@code directory} (read when a converter is first
     * used, written by {@link #save()}), so that a build in a fresh JVM converts only the texts that changed.
     */
    public RenderMemo(Optional<Path> directory) {
        this(true, directory);
    }

    private RenderMemo(boolean keeps, Optional<Path> directory) {
        this.directory = directory;
        this.scores = keeps ? new ScoreMemo() : ScoreMemo.none();
        this.checks = keeps ? new ScorecardChecks() : ScorecardChecks.none();
        this.digests = new DigestMemo(keeps);
        this.maps = keeps ? Optional.of(new MapMemo()) : Optional.empty();
    }

    /**
     * No memo: every measure result, digest and map is computed (the Markdown converter still converts each text once
     * per build). What a renderer without a {@link dev.bscportal.core.build.SiteBuild} uses; tests compare against it.
     */
    public static RenderMemo none() {
        return new RenderMemo(false, Optional.empty());
    }

    /** The measure results kept between scorings. */
    public ScoreMemo scores() {
        return scores;
    }

    /** What the per-scorecard rules found in each scorecard, kept between checks. */
    public ScorecardChecks checks() {
        return checks;
    }

    /** The Markdown converter of a raw-HTML setting, with the texts it converted. */
    Markdown markdown(boolean allowRawHtml) {
        return converters.computeIfAbsent(allowRawHtml, raw -> new Markdown(raw,
                directory.map(d -> ConvertedTexts.in(d, raw)).orElseGet(ConvertedTexts::none)));
    }

    DigestMemo digests() {
        return digests;
    }

    Optional<MapMemo> maps() {
        return maps;
    }

    /** How many maps were taken from memory so far (for the build's count of maps taken from the cache). */
    public int mapsKept() {
        return maps.map(MapMemo::hits).orElse(0);
    }

    /** Keeps the Markdown this build converted on disk for the next build (nothing without a directory). */
    public void save() {
        converters.values().forEach(Markdown::save);
    }

    /**
     * A new build starts (call it before its check, while nothing else uses the memo): what the last build did not use
     * is dropped, so the memos hold about one build's values however many builds came before.
     */
    public synchronized void next() {
        scores.next();
        checks.next();
        converters.values().forEach(Markdown::next);
        digests.next();
        maps.ifPresent(MapMemo::next);
    }
}
