package dev.bscportal.core.maps;

import dev.bscportal.core.maps.graphviz.EmbeddedEngine;
import dev.bscportal.core.maps.graphviz.LayoutException;

/** The embedded engine as the site uses it: Graphviz compiled to JVM bytecode (via WebAssembly), pure Java, thread-safe. */
public final class WasmLayout implements MapLayout {

    private final EmbeddedEngine engine = new EmbeddedEngine();

    @Override
    public String name() {
        return engine.name();
    }

    @Override
    public String layout(String dot) throws MapException {
        try {
            return engine.renderSvg(dot);
        } catch (LayoutException e) {
            throw new MapException("The embedded Graphviz engine could not lay out a map: " + e.getMessage(), e);
        }
    }
}
