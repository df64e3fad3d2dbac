package dev.bscportal.core.book;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.List;

/** One thing a drawing (chart or map) draws, in painting order, with its computed style. */
sealed interface ChartItem {

    ChartStyle style();

    /** A rectangle, line, path, polygon or circle: filled, then stroked, as SVG paints. */
    record Figure(Shape shape, ChartStyle style) implements ChartItem {
    }

    /**
     * A line of text whose anchor ({@code style().anchor()}) is at {@code x}, its baseline at {@code y}; the text of
     * its fallback-font spans included (each character is drawn with the first font that has it).
     */
    record Label(String text, double x, double y, ChartStyle style) implements ChartItem {
    }

    /** A group with its own coordinate system (Graphviz's graph transform): its items drawn through {@code transform}. */
    record Group(AffineTransform transform, List<ChartItem> items, ChartStyle style) implements ChartItem {
    }
}
