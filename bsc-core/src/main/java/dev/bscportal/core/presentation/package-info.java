/**
 * What every part of the portal shows alike: where each page lives ({@link dev.bscportal.core.presentation.SitePaths},
 * so pages, maps and books link the same way), the colour of each theme
 * ({@link dev.bscportal.core.presentation.ThemeColours}), how a measure's numbers are written per locale
 * ({@link dev.bscportal.core.presentation.ValueFormat}: grouping, decimals, the unit before or after the number) and
 * safe file names for owners ({@link dev.bscportal.core.presentation.FileNames}). Pure functions of the model.
 */
package dev.bscportal.core.presentation;
