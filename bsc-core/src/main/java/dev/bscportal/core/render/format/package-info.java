/**
 * How a measure's numbers are written for people, per locale: grouping, decimals and the unit before or after
 * the number. Every place that shows a measure value (pages, charts, tooltips) uses {@link ValueFormat}.
 */
package dev.bscportal.core.render.format;
