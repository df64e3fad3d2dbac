/**
 * Strategy maps: DOT source from the model (one row per perspective, drives arrows, status, themes, links),
 * laid out by a Graphviz engine, cached, and turned into SVG ready to inline in any page.
 */
package dev.bscportal.core.maps;
