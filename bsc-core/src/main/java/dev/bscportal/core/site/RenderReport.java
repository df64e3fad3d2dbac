package dev.bscportal.core.site;

/**
 * What a render produced: page count, map count, asset count, how many of the pages were kept from the previous site
 * because nothing they show changed (the others were rendered), and the digest of each group of pages, which the next
 * build needs to keep pages (see {@link PreviousSite}; recorded beside the site, never in it).
 */
public record RenderReport(int pages, int maps, int assets, int pagesKept, String pageDigests) {
}
