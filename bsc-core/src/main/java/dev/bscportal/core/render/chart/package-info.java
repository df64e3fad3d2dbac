/**
 * Server-side SVG charts: a measure's actuals against its target bands, sparklines and the initiative
 * timeline. Pure functions from model and scores to SVG text; colours come from CSS classes so the site's
 * light and dark themes apply, and every mark carries a text title so colour is never the only signal.
 */
package dev.bscportal.core.render.chart;
