/**
 * Scaffolding: writes a new strategy project (pom with the plugin, a small valid strategy with every file type
 * once, editor schema wiring, the GitHub Pages workflow). The mojo {@code bsc:init} is its thin adapter.
 */
package dev.bscportal.core.scaffold;
