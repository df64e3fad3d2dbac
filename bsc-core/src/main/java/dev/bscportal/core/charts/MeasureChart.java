package dev.bscportal.core.charts;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.presentation.ValueFormat;
import dev.bscportal.core.score.Assessment;
import dev.bscportal.core.score.MeasureResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A measure's actual values against its target over time: status bands behind (stepping where period
 * targets change, inverted for lower-is-better), the dashed target line, the actual line with a marker
 * per value whose shape and {@code <title>} tell its status. Period targets after the latest value are drawn
 * as a glide path: the time axis runs on to the period of the last target, the target line steps at each.
 * A rank's value axis is upside down with whole positions, #1 at the top and no position 0.
 * {@link MeasureChartFrame} works out the axes from the data, {@link MeasureChartDrawing} draws the elements,
 * {@link StatusBand} gives the shaded bands.
 */
public final class MeasureChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;

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
        return new MeasureChartDrawing(new MeasureChartFrame(measure, history, format), labels, titleId, descId, name).draw();
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
}
