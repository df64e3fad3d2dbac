/**
 * The one build pipeline: {@link dev.bscportal.core.build.SiteBuild} runs check, "What changed", render, publish
 * and the audience editions, configured by one {@link dev.bscportal.core.build.BuildOptions} and answering with a
 * {@link dev.bscportal.core.build.BuildResult}. The Maven goals, the live preview and the bench harness all build
 * through it; they only map their settings to options and show what it reports.
 */
package dev.bscportal.core.build;
