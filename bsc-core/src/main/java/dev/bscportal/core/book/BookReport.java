package dev.bscportal.core.book;

/** What a run wrote: how many books, and how many of them were kept from the previous build unchanged. */
public record BookReport(int books, int kept) {
}
