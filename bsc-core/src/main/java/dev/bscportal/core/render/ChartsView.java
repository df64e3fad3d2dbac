package dev.bscportal.core.render;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.render.chart.ChartLabels;
import dev.bscportal.core.render.chart.Gantt;
import dev.bscportal.core.render.chart.GanttRow;
import dev.bscportal.core.render.chart.MeasureChart;
import dev.bscportal.core.render.chart.Sparkline;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.score.Status;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Charts for templates, as inline SVG: {@code ${charts.measure(m, r)?no_esc}}. */
public final class ChartsView {

    private final PageContext page;
    private final Labels labels;
    private final Formats fmt;

    ChartsView(PageContext page, Labels labels, Formats fmt) {
        this.page = page;
        this.labels = labels;
        this.fmt = fmt;
    }

    public String sparkline(Measure measure, MeasureResult result) {
        return Sparkline.svg(result.history(), 12, labels.format("scorecard.sparkline") + ": " + measure.name());
    }

    public String measure(Measure measure, MeasureResult result) {
        return MeasureChart.svg(measure, result, "chart-" + measure.id(), chartLabels(measure));
    }

    public String gantt(ScorecardView scorecard) {
        List<GanttRow> rows = scorecard.getInitiatives().stream().map(i -> row(scorecard, i)).toList();
        LocalDate asOf = scorecard.getAsOf().map(Period::endDate).orElse(
                scorecard.getInitiatives().stream().flatMap(i -> i.start().stream()).min(LocalDate::compareTo)
                        .orElse(LocalDate.of(2000, 1, 1)));
        return Gantt.svg(rows, asOf, "gantt", labels.get("initiatives.timeline"), chartLabels(null));
    }

    private GanttRow row(ScorecardView scorecard, Initiative i) {
        List<GanttRow.Milestone> milestones = i.milestones().stream().filter(m -> m.due().isPresent())
                .map(m -> new GanttRow.Milestone(m.name(), m.due().get(), m.done())).toList();
        return new GanttRow(i.name(), page.to(scorecard.initiativePath(i.id())), i.start(), i.due(), i.progress(),
                i.status().id(), labels.get("initiative.status." + i.status().id()), milestones);
    }

    private ChartLabels chartLabels(Measure measure) {
        Map<Status, String> names = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            names.put(s, labels.get("status." + s.id()));
        }
        int decimals = measure == null ? 1 : measure.decimals();
        return new ChartLabels(names, labels.get("target"), labels.get("status.no-data"), labels.get("chart.asof"),
                v -> fmt.number(v, decimals), fmt::shortPeriod, fmt::date);
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
