package dev.bscportal.core.maps;

import dev.bscportal.core.files.WholeFiles;
import dev.bscportal.core.text.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Remembers laid-out maps on disk, keyed by the SHA-256 of the engine's name and version and the DOT source,
 * so a rebuild only lays out maps whose graph changed. Entries are written to a temporary file and moved
 * into place, so a killed build never leaves a half entry; an unreadable entry is laid out again. The cache is a
 * folder anyone with the work folder (or a CI cache) can write, so an entry is taken only when it holds what a map
 * holds ({@link LaidOutSvg}); any other is laid out again, replaced, and reported by {@link #refusedEntries()}.
 */
public final class CachingLayout implements MapLayout {

    private final MapLayout engine;
    private final Path directory;
    private final AtomicInteger laidOut = new AtomicInteger();
    private final AtomicInteger hits = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();

    public CachingLayout(MapLayout engine, Path directory) {
        this.engine = engine;
        this.directory = directory;
    }

    @Override
    public String name() {
        return engine.name();
    }

    @Override
    public boolean runsInAnotherProcess() {
        return engine.runsInAnotherProcess();
    }

    @Override
    public boolean checksItsSvg() {
        return true;
    }

    @Override
    public void release() {
        engine.release();
    }

    @Override
    public String layout(String dot) throws MapException {
        Path entry = directory.resolve(key(dot) + ".svg");
        if (Files.isRegularFile(entry)) {
            try {
                String svg = Files.readString(entry, StandardCharsets.UTF_8);
                Optional<String> refusal = LaidOutSvg.refusal(svg);
                if (refusal.isEmpty()) {
                    hits.incrementAndGet();
                    return svg;
                }
                refused.add(entry + ": " + refusal.get());
            } catch (IOException | UncheckedIOException e) {
                // unreadable entry: lay the map out again below
            }
        }
        String svg = engine.layout(dot);
        LaidOutSvg.require(svg, engine.name(), "a map");
        laidOut.incrementAndGet();
        store(entry, svg);
        return svg;
    }

    /** How many maps this instance laid out (cache misses). */
    public int laidOut() {
        return laidOut.get();
    }

    /** How many maps came from the cache. */
    public int cacheHits() {
        return hits.get();
    }

    /**
     * The entries this instance found in the cache and would not take, each as its file and why: something other
     * than this plugin wrote them. Each was laid out again and replaced.
     */
    public List<String> refusedEntries() {
        return List.copyOf(refused);
    }

    private void store(Path entry, String svg) {
        try {
            WholeFiles.write(entry, svg.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the cache is an optimisation: a map that cannot be stored is laid out again next time
        }
    }

    private String key(String dot) {
        MessageDigest sha = Sha256.digest();
        sha.update(engine.name().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(dot.getBytes(StandardCharsets.UTF_8));
        return Sha256.hex(sha);
    }
}
