package dev.bscportal.core.charts;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.presentation.ValueFormat;
import dev.bscportal.core.score.Assessment;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One measure chart being drawn on its {@link MeasureChartFrame}: the elements back to front (status bands, grid,
 * target steps, the actual line and its markers, the latest value, the time axis, the unit and legend).
 */
final class MeasureChartDrawing {

    private static final double TOP = MeasureChartFrame.TOP;
    private static final double BOTTOM = MeasureChartFrame.BOTTOM;
    private static final double RIGHT = MeasureChartFrame.RIGHT;
    private static final double CHAR_WIDTH = MeasureChartFrame.CHAR_WIDTH;
    private static final double MIN_BAND_LABEL_HEIGHT = 12;

    private final MeasureChartFrame frame;
    private final Measure measure;
    private final List<Assessment> history;
    private final ChartLabels labels;
    private final String titleId;
    private final String descId;
    private final String name;
    private final ValueFormat format;
    private final List<Period> periods;
    private final List<Targets> targets;
    private final boolean inverted;
    private final NiceScale scale;
    private final double left;
    private final double[] xs;
    private final StringBuilder out = new StringBuilder(8192);

    MeasureChartDrawing(MeasureChartFrame frame, ChartLabels labels, String titleId, String descId, String name) {
        this.frame = frame;
        this.measure = frame.measure;
        this.history = frame.history;
        this.labels = labels;
        this.titleId = titleId;
        this.descId = descId;
        this.name = name;
        this.format = frame.format;
        this.periods = frame.periods;
        this.targets = frame.targets;
        this.inverted = frame.inverted;
        this.scale = frame.scale;
        this.left = frame.left;
        this.xs = frame.xs;
    }

    private double y(double value) {
        return frame.y(value);
    }

    private String tickLabel(double tick) {
        return frame.tickLabel(tick);
    }

    String draw() {
        Assessment latest = history.get(history.size() - 1);
        open();
        out.append("<title id=\"").append(titleId).append("\">").append(Svg.text(name)).append("</title>");
        out.append("<desc id=\"").append(descId).append("\">").append(Svg.text(summary(latest))).append("</desc>");
        bands();
        grid();
        targetLine();
        actualLine();
        points();
        latestValue(latest);
        xAxis();
        header();
        out.append("</svg>");
        return out.toString();
    }

    private void open() {
        out.append("<svg ").append(Svg.NAMESPACES)
                .append(" viewBox=\"0 0 ").append(MeasureChart.WIDTH).append(' ').append(MeasureChart.HEIGHT)
                .append("\" width=\"100%\" class=\"chart chart-measure polarity-").append(Svg.classToken(measure.polarity().id()))
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
                .append("\" font-size=\"11\">");
    }

    private String summary(Assessment latest) {
        String latestText = withUnit(latest.actual());
        String status = labels.status(latest.status());
        if (history.size() == 1) {
            return Svg.fill(labels.singleSummary(), "name", name, "first", latest.period().toString(),
                    "latest", latestText, "status", status);
        }
        return Svg.fill(labels.measureSummary(), "name", name, "count", Integer.toString(history.size()),
                "first", history.get(0).period().toString(), "last", latest.period().toString(),
                "latest", latestText, "status", status);
    }

    private String withUnit(double value) {
        return format.value(measure, value);
    }

    /** Background bands per run of periods with equal targets; labels at the right for the last run. */
    private void bands() {
        out.append("<g class=\"bands\">");
        int start = 0;
        List<StatusBand> lastBands = List.of();
        for (int i = 1; i <= periods.size(); i++) {
            if (i == periods.size() || !targets.get(i).equals(targets.get(start))) {
                double x0 = start == 0 ? left : (xs[start - 1] + xs[start]) / 2;
                double x1 = i == periods.size() ? RIGHT : (xs[i - 1] + xs[i]) / 2;
                lastBands = StatusBand.of(targets.get(start), measure.polarity(), scale.min(), scale.max());
                for (StatusBand band : lastBands) {
                    double top = Math.min(y(band.high()), y(band.low()));
                    double bottom = Math.max(y(band.high()), y(band.low()));
                    out.append("<rect class=\"band band-").append(band.status().id())
                            .append(start >= history.size() ? " band-future" : "")
                            .append("\" x=\"").append(Svg.num(x0)).append("\" y=\"").append(Svg.num(top))
                            .append("\" width=\"").append(Svg.num(x1 - x0)).append("\" height=\"").append(Svg.num(bottom - top))
                            .append("\" fill=\"none\"/>");
                }
                start = i;
            }
        }
        for (StatusBand band : lastBands) {
            double top = Math.min(y(band.high()), y(band.low()));
            double bottom = Math.max(y(band.high()), y(band.low()));
            if (bottom - top >= MIN_BAND_LABEL_HEIGHT) {
                out.append("<text class=\"band-label band-label-").append(band.status().id())
                        .append("\" x=\"").append(Svg.num(RIGHT + 6)).append("\" y=\"").append(Svg.num((top + bottom) / 2 + 4))
                        .append("\">").append(Svg.text(Svg.shorten(labels.status(band.status()), 12))).append("</text>");
            }
        }
        out.append("</g>");
    }

    private void grid() {
        out.append("<g class=\"y-axis\">");
        for (double tick : scale.ticks()) {
            double y = y(tick);
            out.append("<line class=\"grid\" x1=\"").append(Svg.num(left)).append("\" x2=\"").append(Svg.num(RIGHT))
                    .append("\" y1=\"").append(Svg.num(y)).append("\" y2=\"").append(Svg.num(y)).append("\"/>");
            out.append("<text class=\"tick-label\" x=\"").append(Svg.num(left - 6)).append("\" y=\"").append(Svg.num(y + 4))
                    .append("\" text-anchor=\"end\">").append(Svg.text(tickLabel(tick))).append("</text>");
        }
        if (scale.min() < 0 && scale.max() > 0) {
            double y = y(0);
            out.append("<line class=\"zero-line\" x1=\"").append(Svg.num(left)).append("\" x2=\"").append(Svg.num(RIGHT))
                    .append("\" y1=\"").append(Svg.num(y)).append("\" y2=\"").append(Svg.num(y)).append("\" stroke=\"currentColor\"/>");
        }
        out.append("</g>");
    }

    /** The target as steps: level within each run of equal targets, a vertical where it changes. */
    private void targetLine() {
        StringBuilder d = new StringBuilder();
        Double previous = null;
        for (int i = 0; i < periods.size(); i++) {
            OptionalDouble target = targets.get(i).target();
            double x0 = i == 0 ? left : (xs[i - 1] + xs[i]) / 2;
            double x1 = i == periods.size() - 1 ? RIGHT : (xs[i] + xs[i + 1]) / 2;
            if (target.isEmpty()) {
                previous = null;
                continue;
            }
            double y = y(target.getAsDouble());
            if (previous == null) {
                d.append(d.length() == 0 ? "" : " ").append("M").append(Svg.num(x0)).append(' ').append(Svg.num(y));
            } else if (previous != y) {
                d.append(" V").append(Svg.num(y));
            }
            d.append(" H").append(Svg.num(x1));
            previous = y;
        }
        if (d.length() > 0) {
            out.append("<path class=\"line-target\" d=\"").append(compress(d.toString()))
                    .append("\" fill=\"none\" stroke=\"currentColor\" stroke-dasharray=\"6 4\"/>");
        }
    }

    /** Drops repeated H commands to the same run: "H10 H20" becomes "H20". */
    private static String compress(String d) {
        return d.replaceAll("H[-0-9.]+ (?=H)", "");
    }

    private void actualLine() {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < history.size(); i++) {
            boolean gap = i > 0 && MeasureChart.ordinal(history.get(i).period()) - MeasureChart.ordinal(history.get(i - 1).period()) > 1;
            d.append(i == 0 ? "M" : gap ? " M" : " L").append(Svg.num(xs[i])).append(' ').append(Svg.num(y(history.get(i).actual())));
        }
        out.append("<path class=\"line-actual\" d=\"").append(d).append("\" fill=\"none\" stroke=\"currentColor\"/>");
    }

    private void points() {
        out.append("<g class=\"points\">");
        for (int i = 0; i < history.size(); i++) {
            Assessment a = history.get(i);
            boolean latest = i == history.size() - 1;
            out.append(Markers.status(a.status(), xs[i], y(a.actual()), latest ? 5 : 3.5,
                    "point point-" + a.status().id() + (latest ? " point-latest" : ""), pointTitle(a)));
        }
        out.append("</g>");
    }

    private String pointTitle(Assessment a) {
        StringBuilder title = new StringBuilder();
        title.append(a.period()).append(": ").append(withUnit(a.actual())).append(" (").append(labels.status(a.status()));
        if (a.targets().target().isPresent()) {
            title.append("; ").append(labels.target()).append(' ').append(withUnit(a.targets().target().getAsDouble()));
        }
        return title.append(')').toString();
    }

    /**
     * The latest value written beside its marker: on the side away from the line coming in from the
     * previous value (below when that value is higher), switching sides when the text would leave the plot.
     */
    private void latestValue(Assessment latest) {
        int last = history.size() - 1;
        double x = xs[last];
        double y = y(latest.actual());
        boolean previousHigher = last > 0 && y(history.get(last - 1).actual()) < y;
        double above = y - 11;
        double below = y + 19;
        boolean fitsAbove = above - 10 >= TOP;
        boolean fitsBelow = below <= BOTTOM - 3;
        double textY = previousHigher ? (fitsBelow ? below : above) : (fitsAbove ? above : below);
        out.append("<text class=\"value-latest\" x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(textY))
                .append("\" text-anchor=\"").append(x > RIGHT - 30 ? "end" : "middle").append("\">")
                .append(Svg.text(withUnit(latest.actual()))).append("</text>");
    }

    private void xAxis() {
        out.append("<g class=\"x-axis\">");
        out.append("<line class=\"axis\" x1=\"").append(Svg.num(left)).append("\" x2=\"").append(Svg.num(RIGHT))
                .append("\" y1=\"").append(Svg.num(BOTTOM)).append("\" y2=\"").append(Svg.num(BOTTOM)).append("\" stroke=\"currentColor\"/>");
        int longest = 0;
        for (Period p : periods) {
            longest = Math.max(longest, p.toString().length());
        }
        double slot = longest * CHAR_WIDTH + 12;
        double spacing = periods.size() < 2 ? Double.MAX_VALUE
                : (xs[xs.length - 1] - xs[0]) / (periods.size() - 1);
        int every = (int) Math.max(1, Math.ceil(slot / spacing));
        int lastValue = history.size() - 1;
        for (int i = 0; i < periods.size(); i++) {
            out.append("<line class=\"tick\" x1=\"").append(Svg.num(xs[i])).append("\" x2=\"").append(Svg.num(xs[i]))
                    .append("\" y1=\"").append(Svg.num(BOTTOM)).append("\" y2=\"").append(Svg.num(BOTTOM + 4))
                    .append("\" stroke=\"currentColor\"/>");
            // counted from the newest value so the latest period is always labelled, and the glide path's end too
            boolean end = i == periods.size() - 1 && i > lastValue && (i - lastValue) >= every;
            if ((i <= lastValue && (lastValue - i) % every == 0) || (i > lastValue && (i - lastValue) % every == 0) || end) {
                out.append("<text class=\"tick-label").append(i > lastValue ? " tick-future" : "").append("\" x=\"")
                        .append(Svg.num(xs[i])).append("\" y=\"").append(Svg.num(BOTTOM + 17))
                        .append("\" text-anchor=\"middle\">").append(Svg.text(periods.get(i).toString())).append("</text>");
            }
        }
        out.append("</g>");
    }

    /**
     * Unit as the value axis title at the top left, a legend of the lines at the top right: the actual line, and the
     * target line when one is drawn (a measure without a target has none to explain).
     */
    private void header() {
        // a rank's ticks say #1, #2 already: no axis title
        String unit = measure.unit() == null || inverted ? "" : measure.unit().strip();
        if (!unit.isEmpty()) {
            out.append("<text class=\"axis-title\" x=\"4\" y=\"16\">").append(Svg.text(Svg.shorten(unit, 40))).append("</text>");
        }
        boolean targetDrawn = targets.stream().anyMatch(t -> t.target().isPresent());
        String actual = Svg.shorten(labels.actual(), 16);
        String target = Svg.shorten(labels.target(), 16);
        double targetX = RIGHT - target.length() * CHAR_WIDTH;
        double actualX = (targetDrawn ? targetX - 28 - 14 : RIGHT) - actual.length() * CHAR_WIDTH - 28;
        out.append("<g class=\"legend\">");
        out.append("<line class=\"line-actual\" x1=\"").append(Svg.num(actualX)).append("\" x2=\"").append(Svg.num(actualX + 24))
                .append("\" y1=\"12\" y2=\"12\" stroke=\"currentColor\"/>");
        out.append("<text class=\"legend-label\" x=\"").append(Svg.num(actualX + 28)).append("\" y=\"16\">")
                .append(Svg.text(actual)).append("</text>");
        if (!targetDrawn) {
            out.append("</g>");
            return;
        }
        out.append("<line class=\"line-target\" x1=\"").append(Svg.num(targetX - 28)).append("\" x2=\"").append(Svg.num(targetX - 4))
                .append("\" y1=\"12\" y2=\"12\" stroke=\"currentColor\" stroke-dasharray=\"6 4\"/>");
        out.append("<text class=\"legend-label\" x=\"").append(Svg.num(targetX)).append("\" y=\"16\">")
                .append(Svg.text(target)).append("</text>");
        out.append("</g>");
    }
}
