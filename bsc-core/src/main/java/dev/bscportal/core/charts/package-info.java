/**
 * Server-side SVG charts for the static portal: a measure's actual-versus-target chart with status bands,
 * inline sparklines and an initiative Gantt chart. Pure functions from model and score records to SVG
 * strings: no I/O, no wall clock, no random ids (ids derive from a caller-given prefix), numbers formatted
 * with {@code Locale.ROOT}. Colours are never inline; elements carry CSS classes that the site stylesheet
 * themes, and every status is also told in text ({@code <title>} tooltips, band labels) so the charts read
 * without colour and in print. Fixed words come from {@link dev.bscportal.core.charts.ChartLabels} so
 * the site can translate them.
 */
package dev.bscportal.core.charts;
