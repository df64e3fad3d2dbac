/**
 * The Maven goals ({@code bsc:validate}, ...): thin adapters that turn plugin parameters into engine
 * options and the engine's problems into Maven log lines and build failures. No strategy logic lives here.
 */
package dev.bscportal.maven;
