/**
 * {@code bsc:sheets} and {@code bsc:import}: update sheets for owners, the round trip of measurements through Excel.
 * {@link dev.bscportal.core.sheets.UpdateSheets} writes one protected workbook per owner or unit (recent values,
 * targets, the periods due, validated value cells), byte-identical for the same strategy;
 * {@link dev.bscportal.core.sheets.SheetsImport} reads filled workbooks back into the measurement files the values live
 * in (CSV or a measure's {@code measurements:} block), keeping their format, all files or none. Knows nothing of
 * Maven; the build never calls it.
 */
package dev.bscportal.core.sheets;
