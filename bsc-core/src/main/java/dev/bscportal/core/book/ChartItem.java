package dev.bscportal.core.book;

import java.awt.Shape;

/** One thing a chart draws, in painting order, with its computed style. */
sealed interface ChartItem {

    ChartStyle style();

    /** A rectangle, line, path or circle: filled, then stroked, as SVG paints. */
    record Figure(Shape shape, ChartStyle style) implements ChartItem {
    }

    /** A line of text whose anchor ({@code style().anchor()}) is at {@code x}, its baseline at {@code y}. */
    record Label(String text, double x, double y, ChartStyle style) implements ChartItem {
    }
}
