package dev.bscportal.core.build;

import dev.bscportal.core.book.BookReport;
import dev.bscportal.core.site.RenderReport;

/**
 * What publishing one edition did: its site's render report, the maps its pages laid out and took from the cache
 * (its books' maps not counted), and its briefing books (none when books are off).
 */
record EditionResult(RenderReport site, int mapsLaidOut, int mapsFromCache, BookReport books) {
}
