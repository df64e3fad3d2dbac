/**
 * The check step of the pipeline: runs load, score and validate over a strategy directory and hands back the model,
 * the scores and every problem. The build façade ({@link dev.bscportal.core.build.SiteBuild}) runs it first; tests and
 * fuzzers use it alone.
 */
package dev.bscportal.core.engine;
