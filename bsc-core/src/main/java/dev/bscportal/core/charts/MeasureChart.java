package dev.bscportal.core.charts;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.presentation.ValueFormat;
import dev.bscportal.core.score.Assessment;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.score.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A measure's actual values against its target over time: status bands behind (stepping where period
 * targets change, inverted for lower-is-better), the dashed target line, the actual line with a marker
 * per value whose shape and {@code <title>} tell its status. Period targets after the latest value are drawn
 * as a glide path: the time axis runs on to the period of the last target, the target line steps at each.
 * A rank's value axis is upside down with whole positions, #1 at the top and no position 0.
 */
public final class MeasureChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final double TOP = 34;
    private static final double BOTTOM = HEIGHT - 34;
    private static final double RIGHT = WIDTH - 84;
    private static final double EDGE_PAD = 14;
    private static final double CHAR_WIDTH = 6.6;
    private static final double MIN_BAND_LABEL_HEIGHT = 12;

    private MeasureChart() {
    }

    /** The chart of {@code result}'s history (oldest to newest) for {@code measure}. */
    public static String svg(Measure measure, MeasureResult result, String idPrefix, ChartLabels labels) {
        return svg(measure, result, idPrefix, labels, new ValueFormat(Locale.ENGLISH));
    }

    /** The chart with values written by {@code format} (the site's locale). */
    public static String svg(Measure measure, MeasureResult result, String idPrefix, ChartLabels labels, ValueFormat format) {
        List<Assessment> history = new ArrayList<>();
        for (Assessment a : result.history()) {
            if (Double.isFinite(a.actual())) {
                history.add(a);
            }
        }
        String titleId = Svg.id(idPrefix, "title");
        String descId = Svg.id(idPrefix, "desc");
        String name = measure.name() == null || measure.name().isBlank() ? measure.id() : measure.name();
        if (history.isEmpty()) {
            return NoData.svg(name, name + ": " + labels.noData(), labels.noData(), "chart chart-measure", titleId, descId);
        }
        return new Drawing(measure, history, labels, titleId, descId, name, format).draw();
    }

    /** One chart being drawn: the geometry derived from the data, then the elements back to front. */
    private static final class Drawing {
        private final Measure measure;
        private final List<Assessment> history;
        private final ChartLabels labels;
        private final String titleId;
        private final String descId;
        private final String name;
        private final ValueFormat format;
        /** The periods on the time axis: those with a value, then those of later period targets (the glide path). */
        private final List<Period> periods;
        private final List<Targets> targets;
        private final boolean inverted;
        private final NiceScale scale;
        private final double left;
        private final double[] xs;
        private final StringBuilder out = new StringBuilder(8192);

        Drawing(Measure measure, List<Assessment> history, ChartLabels labels, String titleId, String descId, String name,
                ValueFormat format) {
            this.measure = measure;
            this.history = history;
            this.labels = labels;
            this.titleId = titleId;
            this.descId = descId;
            this.name = name;
            this.format = format;
            this.periods = new ArrayList<>();
            this.targets = new ArrayList<>();
            for (Assessment a : history) {
                periods.add(a.period());
                targets.add(a.targets());
            }
            for (Period future : glidePath(measure, history.get(history.size() - 1).period())) {
                periods.add(future);
                targets.add(measure.targetsFor(future));
            }
            this.inverted = measure.isRank();
            this.scale = inverted ? NiceScale.ranks(worstRank(history, targets)) : scaleFor(history, targets);
            int widest = 0;
            for (double tick : scale.ticks()) {
                widest = Math.max(widest, tickLabel(tick).length());
            }
            this.left = Math.max(40, 12 + widest * CHAR_WIDTH);
            this.xs = xPositions();
        }

        /**
         * The periods, in the measure's frequency, after {@code last} up to the one holding the start of the latest
         * period target: the future part of a glide path. Empty when no target starts after the last value.
         */
        static List<Period> glidePath(Measure measure, Period last) {
            List<Period> result = new ArrayList<>();
            if (measure.periodTargets().isEmpty()) {
                return result;
            }
            Period end = Period.containing(measure.periodTargets().get(measure.periodTargets().size() - 1).period().startDate(),
                    measure.frequency());
            // at most 200 periods (a weekly measure's four years), so a target in 9999 cannot flood the chart
            // next() is empty past the last supported period
            for (Optional<Period> p = last.next(); p.isPresent() && p.get().compareTo(end) <= 0 && result.size() < 200;
                 p = p.get().next()) {
                result.add(p.get());
            }
            return result;
        }

        private static double worstRank(List<Assessment> history, List<Targets> targets) {
            double worst = 1;
            for (Assessment a : history) {
                worst = Math.max(worst, a.actual());
            }
            for (Targets t : targets) {
                for (OptionalDouble level : List.of(t.threshold(), t.target(), t.stretch())) {
                    if (level.isPresent() && Double.isFinite(level.getAsDouble())) {
                        worst = Math.max(worst, level.getAsDouble());
                    }
                }
            }
            return worst;
        }

        private String tickLabel(double tick) {
            return inverted ? format.withUnit(measure.unitKind(), format.number(tick, 0)) : Svg.compact(tick, scale.decimals());
        }

        private static NiceScale scaleFor(List<Assessment> history, List<Targets> targets) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Assessment a : history) {
                for (double v : valuesOf(a.actual(), a.targets())) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            for (Targets t : targets) {
                for (double v : valuesOf(Double.NaN, t)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            // a little room so values on a nice boundary do not sit on the frame
            double pad = (hi - lo) * 0.03;
            return NiceScale.covering(lo - pad, hi + pad);
        }

        private static List<Double> valuesOf(double actual, Targets t) {
            List<Double> values = new ArrayList<>(4);
            if (Double.isFinite(actual)) {
                values.add(actual);
            }
            for (OptionalDouble level : List.of(t.threshold(), t.target(), t.stretch())) {
                if (level.isPresent() && Double.isFinite(level.getAsDouble())) {
                    values.add(level.getAsDouble());
                }
            }
            return values;
        }

        /** Positions by period ordinal, so a missing period leaves a gap rather than squeezing time. */
        private double[] xPositions() {
            double[] result = new double[periods.size()];
            long first = ordinal(periods.get(0));
            long span = ordinal(periods.get(periods.size() - 1)) - first;
            for (int i = 0; i < result.length; i++) {
                result[i] = span == 0 ? (left + RIGHT) / 2
                        : left + EDGE_PAD + (ordinal(periods.get(i)) - first) * (RIGHT - left - 2 * EDGE_PAD) / span;
            }
            return result;
        }

        private double y(double value) {
            if (inverted) {
                return TOP + (value - scale.min()) * (BOTTOM - TOP) / (scale.max() - scale.min());
            }
            return BOTTOM - (value - scale.min()) * (BOTTOM - TOP) / (scale.max() - scale.min());
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
                    .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
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
            List<Band> lastBands = List.of();
            for (int i = 1; i <= periods.size(); i++) {
                if (i == periods.size() || !targets.get(i).equals(targets.get(start))) {
                    double x0 = start == 0 ? left : (xs[start - 1] + xs[start]) / 2;
                    double x1 = i == periods.size() ? RIGHT : (xs[i - 1] + xs[i]) / 2;
                    lastBands = Band.of(targets.get(start), measure.polarity(), scale.min(), scale.max());
                    for (Band band : lastBands) {
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
            for (Band band : lastBands) {
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
                boolean gap = i > 0 && ordinal(history.get(i).period()) - ordinal(history.get(i - 1).period()) > 1;
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

        /** Unit as the value axis title at the top left, a legend of the two lines at the top right. */
        private void header() {
            // a rank's ticks say #1, #2 already: no axis title
            String unit = measure.unit() == null || inverted ? "" : measure.unit().strip();
            if (!unit.isEmpty()) {
                out.append("<text class=\"axis-title\" x=\"4\" y=\"16\">").append(Svg.text(Svg.shorten(unit, 40))).append("</text>");
            }
            String actual = Svg.shorten(labels.actual(), 16);
            String target = Svg.shorten(labels.target(), 16);
            double targetX = RIGHT - target.length() * CHAR_WIDTH;
            double actualX = targetX - 28 - 14 - actual.length() * CHAR_WIDTH - 28;
            out.append("<g class=\"legend\">");
            out.append("<line class=\"line-actual\" x1=\"").append(Svg.num(actualX)).append("\" x2=\"").append(Svg.num(actualX + 24))
                    .append("\" y1=\"12\" y2=\"12\" stroke=\"currentColor\"/>");
            out.append("<text class=\"legend-label\" x=\"").append(Svg.num(actualX + 28)).append("\" y=\"16\">")
                    .append(Svg.text(actual)).append("</text>");
            out.append("<line class=\"line-target\" x1=\"").append(Svg.num(targetX - 28)).append("\" x2=\"").append(Svg.num(targetX - 4))
                    .append("\" y1=\"12\" y2=\"12\" stroke=\"currentColor\" stroke-dasharray=\"6 4\"/>");
            out.append("<text class=\"legend-label\" x=\"").append(Svg.num(targetX)).append("\" y=\"16\">")
                    .append(Svg.text(target)).append("</text>");
            out.append("</g>");
        }
    }

    /** A count of periods since a fixed origin in the period's own granularity. */
    static long ordinal(Period p) {
        return switch (p.granularity()) {
            case YEARLY -> p.year();
            case QUARTERLY -> p.year() * 4L + p.index() - 1;
            case MONTHLY -> p.year() * 12L + p.index() - 1;
            case WEEKLY -> Math.floorDiv(p.startDate().toEpochDay(), 7);
        };
    }

    /** A value range shaded with the status an actual inside it would get. */
    record Band(Status status, double low, double high) {

        /**
         * The bands of one set of targets, clipped to [min, max], lowest value first. Without a target there
         * are none; without a threshold there is no watch band; without a stretch nothing exceeds.
         */
        static List<Band> of(Targets targets, Polarity polarity, double min, double max) {
            List<Band> bands = new ArrayList<>();
            if (targets.target().isEmpty()) {
                return bands;
            }
            double target = targets.target().getAsDouble();
            boolean lower = polarity == Polarity.LOWER_IS_BETTER;
            // walk the levels from worst to best; each band runs from the previous level to the next
            List<Status> statuses = new ArrayList<>();
            List<Double> levels = new ArrayList<>();
            statuses.add(Status.OFF_TARGET);
            if (targets.threshold().isPresent()) {
                levels.add(targets.threshold().getAsDouble());
                statuses.add(Status.WATCH);
            }
            levels.add(target);
            statuses.add(Status.ON_TARGET);
            if (targets.stretch().isPresent()) {
                levels.add(targets.stretch().getAsDouble());
                statuses.add(Status.EXCEEDS);
            }
            double worstEnd = lower ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            double bestEnd = -worstEnd;
            for (int i = 0; i < statuses.size(); i++) {
                double from = i == 0 ? worstEnd : levels.get(i - 1);
                double to = i == levels.size() ? bestEnd : levels.get(i);
                double low = Math.max(min, Math.min(from, to));
                double high = Math.min(max, Math.max(from, to));
                boolean inOrder = lower ? from >= to : from <= to;
                if (inOrder && high > low) {
                    bands.add(new Band(statuses.get(i), low, high));
                }
            }
            bands.sort((a, b) -> Double.compare(a.low(), b.low()));
            return bands;
        }
    }
}
