/**
 * Text rules shared by reading and rendering: the one policy for every URL that comes from strategy text and ends up
 * in an {@code href} or {@code src} of a page ({@link dev.bscportal.core.text.UrlPolicy}: Markdown links, images and
 * autolinks, raw HTML when allowed, chart links), HTML entities, XML/HTML escaping ({@link dev.bscportal.core.text.Xml}),
 * the characters a text may hold ({@link dev.bscportal.core.text.TextCharacters}),
 * and SHA-256 as hex ({@link dev.bscportal.core.text.Sha256}), which cached files and memo entries are named by.
 * Depends on nothing else of the engine.
 */
package dev.bscportal.core.text;
