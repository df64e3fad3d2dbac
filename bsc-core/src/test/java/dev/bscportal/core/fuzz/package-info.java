/**
 * Jazzer fuzz tests of the readers (period, YAML, front matter, CSV) and of the whole loader and checker.
 * Without {@code JAZZER_FUZZ=1} each test replays only its regression inputs under
 * {@code src/test/resources/dev/bscportal/core/fuzz/<TestClass>Inputs/<method>/}; see {@code fuzz/run} and
 * docs/reliability.md for real fuzzing runs.
 */
package dev.bscportal.core.fuzz;
