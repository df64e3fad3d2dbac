package dev.bscportal.core.render;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.score.MeasureResult;

/** Charts for templates, as inline SVG: {@code ${charts.measure(m, r)?no_esc}}. */
public final class ChartsView {

    private final PageContext page;

    ChartsView(PageContext page) {
        this.page = page;
    }

    public String sparkline(Measure measure, MeasureResult result) {
        return "";
    }

    public String measure(Measure measure, MeasureResult result) {
        return "";
    }

    public String gantt(ScorecardView scorecard) {
        return "";
    }

    /** The note written with a measurement of this period, or "". */
    public String note(Scorecard scorecard, Measure measure, Period period) {
        for (Measurement m : scorecard.measurementsOf(measure.id())) {
            if (m.period().equals(period)) {
                return m.note();
            }
        }
        return "";
    }
}
