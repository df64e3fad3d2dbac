package dev.bscportal.core.maps.graphviz;

/** A Graphviz layout engine: DOT source in, SVG text out. */
public interface LayoutEngine {

    /** Names the engine and its version, e.g. {@code "dot 2.43.0"}; part of the cache key. */
    String name();

    /** Lays the graph out and returns the SVG document as Graphviz wrote it. */
    String renderSvg(String dot) throws LayoutException;
}
