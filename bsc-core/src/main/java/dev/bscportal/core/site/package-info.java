/**
 * Rendering the portal: which pages exist (PagePlanner), the Freemarker engine with user overrides
 * (TemplateEngine, SiteResources), the objects templates see (SiteModel, ScorecardView, PageContext, views of
 * maps and charts), labels and number formats per language, Markdown made safe, the search index,
 * strategy.json and audience redaction. Writes into a given empty directory; knows nothing of Maven or of
 * publishing.
 */
package dev.bscportal.core.site;
