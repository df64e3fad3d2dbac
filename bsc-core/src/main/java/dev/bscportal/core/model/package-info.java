/**
 * The strategy as immutable data: scorecards (the company and its units), perspectives, themes,
 * objectives, measures, measurements, initiatives, OKRs and reviews. No I/O, no Maven types.
 * Every element carries an {@link dev.bscportal.core.model.Origin} so later stages can point at the
 * file and line it came from.
 */
package dev.bscportal.core.model;
