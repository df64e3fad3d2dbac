/**
 * Strategy maps: DOT source from the model (one row per perspective, drives arrows, status, themes, links),
 * laid out by a Graphviz engine (native {@code dot} or the embedded one in {@code maps.graphviz}), cached, and
 * turned into SVG ready to inline in any page. A map that cannot be laid out is a
 * {@link dev.bscportal.core.maps.MapException}; maps use nothing of the site.
 */
package dev.bscportal.core.maps;
