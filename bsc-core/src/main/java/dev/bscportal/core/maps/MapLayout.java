package dev.bscportal.core.maps;


/** A Graphviz layout engine as the site uses it: DOT in, SVG out. */
public interface MapLayout {

    /** Names the engine and its version; part of the cache key. */
    String name();

    String layout(String dot) throws MapException;

    /** Frees what the engine keeps between maps (running processes); it still works afterwards. */
    default void release() {
    }
}
