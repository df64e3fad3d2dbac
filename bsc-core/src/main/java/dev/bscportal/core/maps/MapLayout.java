package dev.bscportal.core.maps;


/** A Graphviz layout engine as the site uses it: DOT in, SVG out. */
public interface MapLayout {

    /** Names the engine and its version; part of the cache key. */
    String name();

    String layout(String dot) throws MapException;

    /**
     * Whether layouts run in another process (native {@code dot}) rather than as code in this JVM, whose speed then
     * depends on the JIT. Engines that do not say so are taken to run here.
     */
    default boolean runsInAnotherProcess() {
        return false;
    }

    /**
     * Whether every SVG this layout returns has passed {@link LaidOutSvg} already (the map cache checks what it reads
     * and what its engine writes), so the maps need not check it a second time.
     */
    default boolean checksItsSvg() {
        return false;
    }

    /** Frees what the engine keeps between maps (running processes); it still works afterwards. */
    default void release() {
    }
}
