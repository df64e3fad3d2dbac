package dev.bscportal.core.build;

import dev.bscportal.core.options.InvalidOptionException;
import dev.bscportal.core.maps.CachingLayout;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.maps.NativeDotLayout;
import dev.bscportal.core.maps.WasmLayout;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The engine selection policy: {@code auto} takes native Graphviz when {@code dot} is on the PATH and the embedded
 * engine otherwise; {@code dot} and {@code embedded} insist on theirs ({@code vizjs}, removed, now means embedded). Every engine is wrapped in the
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
            default -> throw new InvalidOptionException("graphvizEngine", "bsc.graphviz.engine '" + choice
                    + "' is unknown; use auto, dot or embedded.");
        }
    }

    /**
     * Whether maps of a build with this engine setting, or with the engine already {@code chosen}, may be laid out by
     * the embedded engine (compiled WebAssembly, whose layouts need C2's speed: {@link QuickJit} is then not used).
     */
    static boolean mayEmbed(String choice, Optional<MapEngine> chosen) {
        if (chosen.isPresent()) {
            return chosen.get().layout().filter(l -> !l.runsInAnotherProcess()).isPresent();
        }
        String c = choice == null || choice.isBlank() ? "auto" : choice.trim().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "embedded", "vizjs" -> true;
            case "auto" -> !NativeDotLayout.installed();
            default -> false;
        };
    }

    private static MapEngine cached(MapLayout engine, boolean parallel, String note, Path cacheDirectory) {
        return new MapEngine(Optional.of(new CachingLayout(engine, cacheDirectory)), parallel, Optional.of(note + ": " + engine.name()));
    }
}
