package dev.bscportal.core.render.chart;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.score.Assessment;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.score.Status;

import java.util.ArrayList;
import java.util.List;

/**
 * A measure's actual values over time on top of its status bands (off target, watch, on target, exceeds)
 * as they stood in each period, with the target as a dashed line. Readable without colour: bands are
 * labelled, every point has a title with period, value and status.
 */
public final class MeasureChart {

    static final double WIDTH = 720;
    static final double HEIGHT = 284;
    static final double LEFT = 56;
    static final double RIGHT = 16;
    static final double TOP = 26;
    static final double BOTTOM = 52;

    private MeasureChart() {
    }

    public static String svg(Measure measure, MeasureResult result, String idPrefix, ChartLabels labels) {
        List<Assessment> history = result.history();
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        String unit = measure.unit() == null || measure.unit().isBlank() ? "" : " " + measure.unit();
        if (history.isEmpty()) {
            return "<svg class=\"chart chart-empty\" viewBox=\"0 0 " + Svg.n(WIDTH) + " 60\" role=\"img\" aria-labelledby=\""
                    + titleId + "\"><title id=\"" + titleId + "\">" + Svg.text(measure.name() + ": " + labels.noData())
                    + "</title><text x=\"" + Svg.n(WIDTH / 2) + "\" y=\"34\" text-anchor=\"middle\">"
                    + Svg.text(labels.noData()) + "</text></svg>";
        }
        Scale y = Scale.of(history);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        int n = history.size();
        double step = plotW / n;
        StringBuilder svg = new StringBuilder(8192);
        Assessment last = history.get(n - 1);
        String summary = measure.name() + ": " + n + " values from " + labels.period().apply(history.get(0).period())
                + " to " + labels.period().apply(last.period()) + "; latest " + labels.value().apply(last.actual()) + unit
                + ", " + labels.status(last.status());
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(Svg.n(WIDTH)).append(' ').append(Svg.n(HEIGHT))
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId).append("\">")
                .append("<title id=\"").append(titleId).append("\">").append(Svg.text(measure.name())).append("</title>")
                .append("<desc id=\"").append(descId).append("\">").append(Svg.text(summary)).append("</desc>");

        svg.append("<g class=\"bands\">");
        for (int i = 0; i < n; i++) {
            double x0 = LEFT + i * step;
            for (Band band : bands(history.get(i).targets(), measure.polarity(), y)) {
                double top = y.px(band.high(), TOP, plotH);
                double bottom = y.px(band.low(), TOP, plotH);
                if (bottom - top > 0.01) {
                    svg.append("<rect class=\"band band-").append(band.status().id()).append("\" x=\"").append(Svg.n(x0))
                            .append("\" y=\"").append(Svg.n(top)).append("\" width=\"").append(Svg.n(step + 0.5))
                            .append("\" height=\"").append(Svg.n(bottom - top)).append("\"/>");
                }
            }
        }
        svg.append("</g>");

        svg.append("<g class=\"axis\">");
        for (double tick : y.ticks()) {
            double py = y.px(tick, TOP, plotH);
            svg.append("<line class=\"grid\" x1=\"").append(Svg.n(LEFT)).append("\" x2=\"").append(Svg.n(WIDTH - RIGHT))
                    .append("\" y1=\"").append(Svg.n(py)).append("\" y2=\"").append(Svg.n(py)).append("\"/>")
                    .append("<text x=\"").append(Svg.n(LEFT - 6)).append("\" y=\"").append(Svg.n(py + 4))
                    .append("\" text-anchor=\"end\">").append(Svg.text(labels.value().apply(tick))).append("</text>");
        }
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i += every) {
            double px = LEFT + (i + 0.5) * step;
            svg.append("<text x=\"").append(Svg.n(px)).append("\" y=\"").append(Svg.n(HEIGHT - BOTTOM + 18))
                    .append("\" text-anchor=\"middle\">").append(Svg.text(labels.period().apply(history.get(i).period())))
                    .append("</text>");
        }
        if (!unit.isBlank()) {
            svg.append("<text x=\"4\" y=\"12\" class=\"unit-label\">")
                    .append(Svg.text(measure.unit())).append("</text>");
        }
        svg.append("</g>");

        StringBuilder target = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Targets t = history.get(i).targets();
            if (t.target().isPresent()) {
                double py = y.px(t.target().getAsDouble(), TOP, plotH);
                target.append(target.length() == 0 || history.get(i - 1).targets().target().isEmpty() ? "M" : "L")
                        .append(Svg.n(LEFT + i * step)).append(' ').append(Svg.n(py))
                        .append(" L").append(Svg.n(LEFT + (i + 1) * step)).append(' ').append(Svg.n(py)).append(' ');
            }
        }
        if (target.length() > 0) {
            svg.append("<path class=\"line-target\" d=\"").append(target.toString().trim()).append("\"><title>")
                    .append(Svg.text(labels.target())).append("</title></path>");
        }

        StringBuilder line = new StringBuilder();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Assessment a = history.get(i);
            double px = LEFT + (i + 0.5) * step;
            double py = y.px(a.actual(), TOP, plotH);
            line.append(i == 0 ? "M" : "L").append(Svg.n(px)).append(' ').append(Svg.n(py)).append(' ');
            points.append("<circle class=\"point point-").append(a.status().id()).append("\" cx=\"").append(Svg.n(px))
                    .append("\" cy=\"").append(Svg.n(py)).append("\" r=\"").append(i == n - 1 ? "5" : "3.5").append("\"><title>")
                    .append(Svg.text(labels.period().apply(a.period()) + ": " + labels.value().apply(a.actual()) + unit
                            + " (" + labels.status(a.status()) + ")"))
                    .append("</title></circle>");
        }
        svg.append("<path class=\"line-actual\" d=\"").append(line.toString().trim()).append("\"/>");
        svg.append(points);
        svg.append(legend(labels));
        svg.append("</svg>");
        return svg.toString();
    }

    private static String legend(ChartLabels labels) {
        StringBuilder sb = new StringBuilder("<g class=\"chart-legend\">");
        double x = LEFT;
        for (Status s : List.of(Status.OFF_TARGET, Status.WATCH, Status.ON_TARGET, Status.EXCEEDS)) {
            sb.append("<rect class=\"band band-").append(s.id()).append("\" x=\"").append(Svg.n(x)).append("\" y=\"")
                    .append(Svg.n(HEIGHT - 12)).append("\" width=\"10\" height=\"10\"/>")
                    .append("<text x=\"").append(Svg.n(x + 14)).append("\" y=\"").append(Svg.n(HEIGHT - 3)).append("\">")
                    .append(Svg.text(labels.status(s))).append("</text>");
            x += 110;
        }
        sb.append("<line class=\"line-target\" x1=\"").append(Svg.n(x)).append("\" x2=\"").append(Svg.n(x + 22))
                .append("\" y1=\"").append(Svg.n(HEIGHT - 7)).append("\" y2=\"").append(Svg.n(HEIGHT - 7)).append("\"/>")
                .append("<text x=\"").append(Svg.n(x + 28)).append("\" y=\"").append(Svg.n(HEIGHT - 3)).append("\">")
                .append(Svg.text(labels.target())).append("</text>");
        return sb.append("</g>").toString();
    }

    private record Band(Status status, double low, double high) {
    }

    /** The status regions of one period, in value space, clipped to the scale. */
    private static List<Band> bands(Targets t, Polarity polarity, Scale y) {
        List<Band> result = new ArrayList<>();
        if (t.target().isEmpty()) {
            return result;
        }
        double target = t.target().getAsDouble();
        boolean higher = polarity == Polarity.HIGHER_IS_BETTER;
        double threshold = t.threshold().orElse(target);
        double stretch = t.stretch().orElse(higher ? y.max() : y.min());
        if (higher) {
            result.add(new Band(Status.OFF_TARGET, y.min(), clamp(threshold, y)));
            result.add(new Band(Status.WATCH, clamp(threshold, y), clamp(target, y)));
            result.add(new Band(Status.ON_TARGET, clamp(target, y), clamp(stretch, y)));
            result.add(new Band(Status.EXCEEDS, clamp(stretch, y), y.max()));
        } else {
            result.add(new Band(Status.EXCEEDS, y.min(), clamp(stretch, y)));
            result.add(new Band(Status.ON_TARGET, clamp(stretch, y), clamp(target, y)));
            result.add(new Band(Status.WATCH, clamp(target, y), clamp(threshold, y)));
            result.add(new Band(Status.OFF_TARGET, clamp(threshold, y), y.max()));
        }
        return result;
    }

    private static double clamp(double v, Scale y) {
        return Math.max(y.min(), Math.min(y.max(), v));
    }
}
