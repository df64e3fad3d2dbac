/**
 * The one policy for every URL that comes from strategy text and ends up in an {@code href} or {@code src}
 * of a page: Markdown links, images and autolinks, raw HTML (when allowed), chart links. See
 * {@link dev.bscportal.core.render.link.UrlPolicy}.
 */
package dev.bscportal.core.render.link;
