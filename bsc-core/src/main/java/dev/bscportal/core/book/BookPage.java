package dev.bscportal.core.book;

import dev.bscportal.core.score.Status;

/**
 * What the book template sees as {@code book}: the CSS page size, the edition's name, how many recent periods each
 * measure lists, and the status symbols drawn with the embedded font (its {@code ◆} is missing, so Watch is
 * {@code ♦}; symbol and word together, never colour alone).
 */
public record BookPage(String pageSize, String edition, int periods) {

    /** The recent periods each measure's table lists (the chart shows the whole history). */
    public static final int PERIODS = 6;

    public String marker(Status status) {
        return status == Status.WATCH ? "\u2666" : status.marker();
    }
}
