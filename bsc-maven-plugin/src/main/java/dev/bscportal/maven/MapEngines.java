package dev.bscportal.maven;

import dev.bscportal.core.render.map.CachingLayout;
import dev.bscportal.core.render.map.EmbeddedLayout;
import dev.bscportal.core.render.map.MapLayout;
import dev.bscportal.core.render.map.NativeDotLayout;
import org.apache.maven.plugin.MojoFailureException;

import java.nio.file.Path;
import java.util.Optional;

/** Maps the {@code bsc.graphviz.engine} parameter to a layout engine. */
final class MapEngines {

    record Selected(Optional<MapLayout> layout, boolean parallel, Optional<String> note) {
    }

    private MapEngines() {
    }

    private static Selected embedded(Path cacheDirectory, String note) throws MojoFailureException {
        Optional<EmbeddedLayout> engine = EmbeddedLayout.start();
        if (engine.isEmpty()) {
            return new Selected(Optional.empty(), false, Optional.of(
                    "Maps: neither native Graphviz nor the embedded engine is available on this platform; maps are listed as text."));
        }
        return new Selected(Optional.of(new CachingLayout(engine.get(), cacheDirectory)), false,
                Optional.of(note + ": " + engine.get().name()));
    }

    static Selected select(String choice, Path cacheDirectory) throws MojoFailureException {
        String c = choice == null ? "auto" : choice.trim().toLowerCase(java.util.Locale.ROOT);
        switch (c) {
            case "auto", "dot" -> {
                Optional<NativeDotLayout> dot = NativeDotLayout.onPath();
                if (dot.isPresent()) {
                    return new Selected(Optional.of(new CachingLayout(dot.get(), cacheDirectory)), true,
                            Optional.of("Maps: using native Graphviz " + dot.get().name()));
                }
                if (c.equals("dot")) {
                    throw new MojoFailureException("bsc.graphviz.engine=dot but no 'dot' program is on the PATH. "
                            + "Install Graphviz (apt-get install graphviz) or use engine auto.");
                }
                return embedded(cacheDirectory, "Maps: Graphviz 'dot' is not installed, using the embedded engine (slower; "
                        + "install graphviz for faster maps)");
            }
            case "embedded" -> {
                return embedded(cacheDirectory, "Maps: using the embedded engine");
            }
            default -> throw new MojoFailureException("bsc.graphviz.engine '" + choice + "' is unknown; use auto, dot or embedded.");
        }
    }
}
