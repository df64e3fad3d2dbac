package dev.bscportal.core.charts;

import dev.bscportal.core.score.Status;

import java.util.ArrayList;
import java.util.List;

/** A word-sized line of recent values for tables, the last value marked with its status shape. */
public final class Sparkline {

    static final int WIDTH = 80;
    static final int HEIGHT = 20;
    private static final double PAD = 3;

    private Sparkline() {
    }

    /**
     * The values oldest first (non-finite ones are skipped) with the last one marked in {@code latest}'s
     * status; {@code label} is the accessible name, e.g. "Revenue, last 12 months, rising".
     */
    public static String svg(List<Double> values, Status latest, String label) {
        List<Double> finite = new ArrayList<>();
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                finite.add(v);
            }
        }
        Status status = latest == null ? Status.NO_DATA : latest;
        StringBuilder out = new StringBuilder(512);
        out.append("<svg ").append(Svg.NAMESPACES).append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" class=\"sparkline sparkline-").append(status.id()).append("\" role=\"img\" aria-label=\"")
                .append(Svg.attr(label)).append("\">");
        out.append("<title>").append(Svg.text(label)).append("</title>");
        if (finite.isEmpty()) {
            out.append("<line class=\"spark-empty\" x1=\"").append(Svg.num(PAD)).append("\" x2=\"").append(Svg.num(WIDTH - PAD))
                    .append("\" y1=\"10\" y2=\"10\" stroke=\"currentColor\" stroke-dasharray=\"2 3\"/></svg>");
            return out.toString();
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : finite) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int n = finite.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        // the right pad leaves room for the bigger last marker
        double right = WIDTH - PAD - 2;
        for (int i = 0; i < n; i++) {
            xs[i] = n == 1 ? right : PAD + i * (right - PAD) / (n - 1);
            ys[i] = max == min ? HEIGHT / 2.0 : HEIGHT - PAD - (finite.get(i) - min) * (HEIGHT - 2 * PAD) / (max - min);
        }
        if (n > 1) {
            out.append("<polyline class=\"spark-line\" points=\"");
            for (int i = 0; i < n; i++) {
                out.append(i == 0 ? "" : " ").append(Svg.num(xs[i])).append(',').append(Svg.num(ys[i]));
            }
            out.append("\" fill=\"none\" stroke=\"currentColor\"/>");
        }
        out.append(Markers.status(status, xs[n - 1], ys[n - 1], 2.2, "spark-last spark-last-" + status.id(), null));
        out.append("</svg>");
        return out.toString();
    }
}
