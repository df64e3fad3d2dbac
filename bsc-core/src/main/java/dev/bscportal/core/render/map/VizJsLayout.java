package dev.bscportal.core.render.map;

import dev.bscportal.core.render.RenderException;
import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizV8Engine;

import java.util.Optional;

/**
 * graphviz-java's V8 engine (viz.js 2.1.3 in J2V8, Linux x86-64 only): bsc.graphviz.engine=vizjs, faster than the
 * WebAssembly engine but tied to one platform and an old Graphviz.
 *
 * <p>Two measured facts shape this class (see docs/maps.md): viz.js gives a different layout for the same
 * graph on later calls when its module is reused, so every render forces a fresh module by alternating the
 * module's memory size; and the engine is process-global and not thread-safe, so renders are serialised.
 * The price is speed: about a second per map on a 2-core machine, against tens of milliseconds for native dot.
 */
public final class VizJsLayout implements MapLayout {

    private static final int MEMORY_A = 64 * 1024 * 1024;
    private static final int MEMORY_B = MEMORY_A + 1024 * 1024;

    private final Object renderLock = new Object();
    private long renders;

    private VizJsLayout() {
    }

    /** Starts the embedded engine; empty when the platform has no J2V8 build (e.g. ARM). */
    public static Optional<VizJsLayout> start() {
        try {
            Graphviz.useEngine(new GraphvizV8Engine());
            return Optional.of(new VizJsLayout());
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return "embedded viz.js 2.1.3 (graphviz-java 0.18.1, V8)";
    }

    @Override
    public String layout(String dot) throws RenderException {
        synchronized (renderLock) {
            try {
                int memory = renders++ % 2 == 0 ? MEMORY_A : MEMORY_B;
                return Graphviz.fromString(dot).totalMemory(memory).render(Format.SVG).toString();
            } catch (RuntimeException e) {
                throw new RenderException("The embedded Graphviz engine could not lay out a map: " + e.getMessage(), e);
            }
        }
    }
}
