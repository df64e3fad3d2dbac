package dev.bscportal.maven;

import dev.bscportal.core.render.map.CachingLayout;
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
                return new Selected(Optional.empty(), false, Optional.of(
                        "Maps: Graphviz 'dot' is not installed; maps are listed as text. Install graphviz for drawn maps."));
            }
            case "embedded" -> throw new MojoFailureException("The embedded Graphviz engine is not available in this version; use auto or dot.");
            default -> throw new MojoFailureException("bsc.graphviz.engine '" + choice + "' is unknown; use auto, dot or embedded.");
        }
    }
}
