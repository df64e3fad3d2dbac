/**
 * The portal's pages: which pages exist (PagePlanner), the Freemarker engine with user overrides (TemplateEngine,
 * SiteResources), the objects templates see (SiteModel, ScorecardView, PageContext, the views of maps and charts),
 * labels and number formats per language, and keeping the pages whose inputs did not change (PageDependencies,
 * PageInputs: what each element page shows,
 * ContentDigest, PageReuse; the map files likewise: GeneratedFiles; strategy.json by parts, StrategyJsonFile and
 * FileParts, which take unchanged parts from the replaced site's file). {@link dev.bscportal.core.site.SiteRenderer} writes pages, maps (from {@code maps}),
 * assets and the exported files (from {@code export}) into a given empty directory, redacted per edition (from
 * {@code redact}); it knows nothing of Maven or of publishing.
 */
package dev.bscportal.core.site;
