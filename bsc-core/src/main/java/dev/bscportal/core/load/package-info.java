/**
 * Reads a strategy directory into the model. Every value keeps the file and line it came from; every
 * problem in the files becomes a {@link dev.bscportal.core.problem.Problem}, never an exception. YAML is
 * read safely (no tags, no duplicate keys, bounded aliases, depth and size).
 */
package dev.bscportal.core.load;
