package dev.bscportal.core.build;

import dev.bscportal.core.options.InvalidOptionException;
import dev.bscportal.core.render.map.CachingLayout;
import dev.bscportal.core.render.map.MapLayout;
import dev.bscportal.core.render.map.NativeDotLayout;
import dev.bscportal.core.render.map.VizJsLayout;
import dev.bscportal.core.render.map.WasmLayout;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The engine selection policy: {@code auto} takes native Graphviz when {@code dot} is on the PATH and the embedded
 * engine otherwise; {@code dot}, {@code embedded} and {@code vizjs} insist on theirs. Every engine is wrapped in the
 * layout cache, so unchanged maps are not laid out again.
 */
final class MapEngines {

    private MapEngines() {
    }

    static MapEngine select(String choice, Path cacheDirectory) throws InvalidOptionException {
        String c = choice == null || choice.isBlank() ? "auto" : choice.trim().toLowerCase(Locale.ROOT);
        switch (c) {
            case "auto", "dot" -> {
                Optional<NativeDotLayout> dot = NativeDotLayout.onPath();
                if (dot.isPresent()) {
                    return cached(dot.get(), true, "Maps: using native Graphviz " + dot.get().name(), cacheDirectory);
                }
                if (c.equals("dot")) {
                    throw new InvalidOptionException("graphvizEngine", "bsc.graphviz.engine=dot but no 'dot' program is on the PATH. "
                            + "Install Graphviz (apt-get install graphviz) or use engine auto.");
                }
                return cached(new WasmLayout(), true, "Maps: Graphviz 'dot' is not installed, using the embedded engine "
                        + "(slower; install graphviz for faster maps)", cacheDirectory);
            }
            case "embedded" -> {
                return cached(new WasmLayout(), true, "Maps: using the embedded engine", cacheDirectory);
            }
            case "vizjs" -> {
                Optional<VizJsLayout> engine = VizJsLayout.start();
                if (engine.isEmpty()) {
                    throw new InvalidOptionException("graphvizEngine", "bsc.graphviz.engine=vizjs needs J2V8, which has no build "
                            + "for this platform; use auto, dot or embedded.");
                }
                return cached(engine.get(), false, "Maps: using viz.js", cacheDirectory);
            }
            default -> throw new InvalidOptionException("graphvizEngine", "bsc.graphviz.engine '" + choice
                    + "' is unknown; use auto, dot, embedded or vizjs.");
        }
    }

    private static MapEngine cached(MapLayout engine, boolean parallel, String note, Path cacheDirectory) {
        return new MapEngine(Optional.of(new CachingLayout(engine, cacheDirectory)), parallel, Optional.of(note + ": " + engine.name()));
    }
}
