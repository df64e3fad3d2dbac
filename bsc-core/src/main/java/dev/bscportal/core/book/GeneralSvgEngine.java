package dev.bscportal.core.book;

import java.util.Optional;

/**
 * Whether the general SVG engine (openhtmltopdf's Batik plugin, {@code io.github.openhtmltopdf:openhtmltopdf-svg-support})
 * is on the class path. The plugin does not depend on it: the book draws the portal's own charts and maps itself
 * ({@link ChartImage}); only a drawing of another kind (an overridden template's own SVG) needs it, and a project
 * that has one adds the engine to the plugin's dependencies. Looked up by name, so the engine is never loaded to ask.
 */
final class GeneralSvgEngine {

    static final String DRAWER = "com.openhtmltopdf.svgsupport.BatikSVGDrawer";

    private GeneralSvgEngine() {
    }

    /** The engine's drawer class, when the engine is on the class path (not initialised). */
    static Optional<Class<?>> stampClass() {
        try {
            return Optional.of(Class.forName(DRAWER, false, GeneralSvgEngine.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    static boolean available() {
        return stampClass().isPresent();
    }
}
