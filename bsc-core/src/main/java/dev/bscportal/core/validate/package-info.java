/**
 * Checks a loaded strategy and reports every problem at once: broken references, cycles, inconsistent
 * targets, and best-practice advice from the Balanced Scorecard method. Each check is a
 * {@link dev.bscportal.core.validate.Rule} with stable codes that users can switch off.
 */
package dev.bscportal.core.validate;
