/**
 * What changed since the last review: reads the strategy as it was at a git commit (JGit, no git binary
 * needed), scores it, and compares it with today's: elements added, removed and renamed; targets, owners and
 * weights changed; status changes.
 */
package dev.bscportal.core.history;
