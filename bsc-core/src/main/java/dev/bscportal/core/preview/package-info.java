/**
 * Live preview for authors: builds the site into a scratch directory, serves it on 127.0.0.1, watches the
 * strategy and template files, rebuilds on change and tells open browser tabs over Server-Sent Events to
 * reload, or to show the problems as an overlay while the last good site stays served. Nothing of this
 * reaches the published site: the reload script is injected only when pages are served here. The server
 * answers only GET and HEAD requests for a loopback Host (no DNS rebinding), from no Origin or a loopback one,
 * with a well-formed target inside the site; anything else gets a short text and a 4xx status.
 */
package dev.bscportal.core.preview;
