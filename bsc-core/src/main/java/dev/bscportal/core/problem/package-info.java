/**
 * Problems found in a strategy directory: what is wrong, where (file and line), how bad, and how to fix it.
 * Every stage reports through {@link dev.bscportal.core.problem.Problem}; none throws for a user's mistake.
 * {@link dev.bscportal.core.problem.ProblemCode} is the catalogue of stable codes users can switch off.
 */
package dev.bscportal.core.problem;
