/**
 * Graphviz 16.1.0 compiled to WebAssembly ({@code @hpcc-js/wasm-graphviz} 1.29.2, see NOTICE.md next to the
 * module) run by the pure-Java runtime Chicory: the embedded layout engine that needs nothing installed, on
 * any platform. {@link dev.bscportal.core.render.graphviz.EmbeddedEngine} parses the module once and lays out
 * each graph in a fresh instance, so graphs can be laid out in parallel and the same DOT always gives the same
 * SVG. The module's minified Emscripten imports and its embind registrations are served from Java
 * (EmscriptenImports, EmbindClasses); the 14 SIMD instructions Chicory's interpreter lacks are implemented
 * in Simd128Machine. No clock, no randomness, no file system. Speed: about 0.7 s per map here, about 30x
 * native dot (docs/maps.md).
 */
package dev.bscportal.core.render.graphviz;
