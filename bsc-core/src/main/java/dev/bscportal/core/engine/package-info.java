/**
 * The front door of the engine: runs load, score and validate over a strategy directory and hands back
 * the model, the scores and every problem. Adapters (the Maven mojos, tests, benchmarks) use only this.
 */
package dev.bscportal.core.engine;
