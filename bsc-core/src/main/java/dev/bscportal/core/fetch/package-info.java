/**
 * {@code bsc:fetch}: runs the sources declared in {@code sources/*.yaml} (a JDBC query, an HTTP(S) JSON or CSV
 * document) and writes each one's values into {@code measurements/<source>.csv}, sorted and formatted stably, so
 * unchanged data gives a byte-identical file. The only package of the engine that does network I/O; the build
 * never calls it. Knows nothing of Maven: credentials come through {@link dev.bscportal.core.fetch.Credentials}.
 */
package dev.bscportal.core.fetch;
