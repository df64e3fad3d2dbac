/**
 * The machine-readable files of the site: {@code strategy.json} (the model and its scores for other tools,
 * {@link dev.bscportal.core.export.StrategyJson}), the client-side search index
 * ({@link dev.bscportal.core.export.SearchIndexWriter}) and {@code sitemap.xml}
 * ({@link dev.bscportal.core.export.Sitemap}). Each is a string from the model and scores (or the pages' paths); the
 * site writes them.
 */
package dev.bscportal.core.export;
