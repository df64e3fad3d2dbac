package dev.bscportal.core.testing;

import dev.bscportal.core.maps.CachingLayout;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.maps.NativeDotLayout;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Graphviz's dot for a test that needs it: under CI=true a missing dot fails the test, elsewhere it is skipped saying
 * what to install ({@link RequiresProgram}).
 */
public final class Dot {

    private Dot() {
    }

    /** The dot on the PATH. */
    public static NativeDotLayout required() {
        Optional<NativeDotLayout> dot = NativeDotLayout.onPath();
        RequiresProgram.require(dot.isPresent(), "Graphviz dot", "graphviz");
        return dot.get();
    }

    /** The dot on the PATH with its layouts cached in {@code cacheDir}, as a build lays out maps. */
    public static MapLayout cached(Path cacheDir) {
        return new CachingLayout(required(), cacheDir);
    }
}
