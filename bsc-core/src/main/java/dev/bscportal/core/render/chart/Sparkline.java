package dev.bscportal.core.render.chart;

import dev.bscportal.core.score.Assessment;
import dev.bscportal.core.score.Status;

import java.util.List;

/** A tiny line of the last values with the latest point marked in its status. */
public final class Sparkline {

    static final int W = 84;
    static final int H = 22;

    private Sparkline() {
    }

    public static String svg(List<Assessment> history, int lastN, String label) {
        List<Assessment> values = history.subList(Math.max(0, history.size() - lastN), history.size());
        if (values.size() < 2) {
            return "";
        }
        double lo = values.stream().mapToDouble(Assessment::actual).min().orElse(0);
        double hi = values.stream().mapToDouble(Assessment::actual).max().orElse(1);
        if (hi - lo < 1e-9) {
            lo -= 1;
            hi += 1;
        }
        StringBuilder path = new StringBuilder();
        double step = (W - 6.0) / (values.size() - 1);
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < values.size(); i++) {
            lastX = 3 + i * step;
            lastY = 3 + (hi - values.get(i).actual()) / (hi - lo) * (H - 6);
            path.append(i == 0 ? "M" : "L").append(Svg.n(lastX)).append(' ').append(Svg.n(lastY)).append(' ');
        }
        Status latest = values.get(values.size() - 1).status();
        return "<svg class=\"sparkline\" width=\"" + W + "\" height=\"" + H + "\" viewBox=\"0 0 " + W + " " + H
                + "\" role=\"img\" aria-label=\"" + Svg.text(label) + "\"><path class=\"spark-line\" d=\""
                + path.toString().trim() + "\"/><circle class=\"point point-" + latest.id() + "\" cx=\"" + Svg.n(lastX)
                + "\" cy=\"" + Svg.n(lastY) + "\" r=\"3\"/></svg>";
    }
}
