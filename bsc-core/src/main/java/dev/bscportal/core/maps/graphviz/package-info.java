/**
 * Graphviz 16.1.0 compiled to WebAssembly (npm {@code @viz-js/viz} 3.31.0, see NOTICE.md next to the module) and
 * compiled from there to JVM bytecode at build time by Chicory's compiler (the generated {@code VizGraphvizModule}):
 * the embedded layout engine that needs nothing installed, on any platform.
 * {@link dev.bscportal.core.maps.graphviz.EmbeddedEngine} lays out each graph in a fresh instance on its own
 * thread under a time limit, so graphs can be laid out in parallel and the same DOT always gives the same SVG.
 * VizImports serves the module's 25 imports from Java (no clock, no randomness, no file system); VizGraphviz runs
 * the render steps; {@link dev.bscportal.core.maps.graphviz.BscCompiledEngine} offers the same engine to
 * graphviz-java users. Speed: docs/maps.md.
 */
package dev.bscportal.core.maps.graphviz;
