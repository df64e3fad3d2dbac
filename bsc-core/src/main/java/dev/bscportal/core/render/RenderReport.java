package dev.bscportal.core.render;

/** What a render produced: page count, map count, asset count. */
public record RenderReport(int pages, int maps, int assets) {
}
