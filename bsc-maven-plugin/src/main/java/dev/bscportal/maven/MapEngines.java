package dev.bscportal.maven;

import dev.bscportal.core.render.map.CachingLayout;
import dev.bscportal.core.render.map.MapLayout;
import dev.bscportal.core.render.map.NativeDotLayout;
import dev.bscportal.core.render.map.WasmLayout;
import org.apache.maven.plugin.MojoFailureException;

import java.nio.file.Path;
import java.util.Optional;

/** Maps the {@code bsc.graphviz.engine} parameter to a layout engine. */
final class MapEngines {

    record Selected(Optional<MapLayout> layout, boolean parallel, Optional<String> note) {
    }

    private MapEngines() {
    }

    static Selected select(String choice, Path cacheDirectory) throws MojoFailureException {
        String c = choice == null || choice.isBlank() ? "auto" : choice.trim().toLowerCase(java.util.Locale.ROOT);
        switch (c) {
            case "auto", "dot" -> {
                Optional<NativeDotLayout> dot = NativeDotLayout.onPath();
                if (dot.isPresent()) {
                    return cached(dot.get(), true, "Maps: using native Graphviz " + dot.get().name(), cacheDirectory);
                }
                if (c.equals("dot")) {
                    throw new MojoFailureException("bsc.graphviz.engine=dot but no 'dot' program is on the PATH. "
                            + "Install Graphviz (apt-get install graphviz) or use engine auto.");
                }
                return cached(new WasmLayout(), true, "Maps: Graphviz 'dot' is not installed, using the embedded engine", cacheDirectory);
            }
            case "embedded" -> {
                return cached(new WasmLayout(), true, "Maps: using the embedded engine", cacheDirectory);
            }
            case "vizjs" -> {
                // viz.js 2 in J2V8 was removed: the embedded engine is a newer Graphviz, faster and on every platform
                return cached(new WasmLayout(), true, "Maps: bsc.graphviz.engine=vizjs is no longer available and "
                        + "means embedded now (use embedded)", cacheDirectory);
            }
            default -> throw new MojoFailureException("bsc.graphviz.engine '" + choice + "' is unknown; use auto, dot or embedded.");
        }
    }

    private static Selected cached(MapLayout engine, boolean parallel, String note, Path cacheDirectory) {
        return new Selected(Optional.of(new CachingLayout(engine, cacheDirectory)), parallel, Optional.of(note + ": " + engine.name()));
    }
}
