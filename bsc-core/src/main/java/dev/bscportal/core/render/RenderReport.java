package dev.bscportal.core.render;

/**
 * What a render produced: page count, map count, asset count, and how many of the pages were kept from the
 * previous site because nothing they show changed (the others were rendered).
 */
public record RenderReport(int pages, int maps, int assets, int pagesKept) {
}
