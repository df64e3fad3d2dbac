/**
 * Markdown from the strategy made safe to publish: {@link dev.bscportal.core.markdown.Markdown} renders
 * CommonMark with tables and auto-links, keeps a small safelist of raw HTML, drops links and images whose URL
 * the policy refuses and turns external images into links; its plain text feeds the search index. Knows nothing
 * of pages: the site, the redaction of editions and the briefing book all use it.
 */
package dev.bscportal.core.markdown;
