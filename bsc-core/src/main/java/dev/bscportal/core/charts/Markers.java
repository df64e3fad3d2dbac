package dev.bscportal.core.charts;

import dev.bscportal.core.score.Status;

/**
 * Point markers whose shape tells the status without colour, matching {@link Status#marker()}:
 * ▲ exceeds, ● on target, ◆ watch, ▼ off target, ○ no data.
 */
final class Markers {

    private Markers() {
    }

    /** A marker of radius about {@code r}; {@code title} (may be null for none) becomes its tooltip. */
    static String status(Status status, double x, double y, double r, String cssClass, String title) {
        String tooltip = title == null ? "" : "<title>" + Svg.text(title) + "</title>";
        String cls = " class=\"" + Svg.attr(cssClass) + "\"";
        return switch (status) {
            case ON_TARGET, NO_DATA -> "<circle" + cls + " cx=\"" + Svg.num(x) + "\" cy=\"" + Svg.num(y) + "\" r=\"" + Svg.num(r)
                    + "\">" + tooltip + "</circle>";
            case EXCEEDS -> path(cls, "M" + Svg.num(x) + " " + Svg.num(y - r * 1.25) + " L" + Svg.num(x + r * 1.2) + " "
                    + Svg.num(y + r * 0.85) + " L" + Svg.num(x - r * 1.2) + " " + Svg.num(y + r * 0.85) + " Z", tooltip);
            case OFF_TARGET -> path(cls, "M" + Svg.num(x) + " " + Svg.num(y + r * 1.25) + " L" + Svg.num(x + r * 1.2) + " "
                    + Svg.num(y - r * 0.85) + " L" + Svg.num(x - r * 1.2) + " " + Svg.num(y - r * 0.85) + " Z", tooltip);
            case WATCH -> diamond(cls, x, y, r * 1.3, tooltip);
        };
    }

    static String diamond(String cls, double x, double y, double r, String tooltip) {
        return path(cls, "M" + Svg.num(x) + " " + Svg.num(y - r) + " L" + Svg.num(x + r) + " " + Svg.num(y) + " L"
                + Svg.num(x) + " " + Svg.num(y + r) + " L" + Svg.num(x - r) + " " + Svg.num(y) + " Z", tooltip);
    }

    private static String path(String cls, String d, String tooltip) {
        return "<path" + cls + " d=\"" + d + "\">" + tooltip + "</path>";
    }
}
