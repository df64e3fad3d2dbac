/**
 * Reads a strategy directory into the model. Every value keeps the file and line it came from; every
 * problem in the files becomes a {@link dev.bscportal.core.problem.Problem}, never an exception. YAML is
 * read safely (no tags, no duplicate keys, bounded aliases, depth and size). Every decoded text is checked for
 * characters no output can show safely ({@link dev.bscportal.core.load.StrategyCharacters}).
 */
package dev.bscportal.core.load;
