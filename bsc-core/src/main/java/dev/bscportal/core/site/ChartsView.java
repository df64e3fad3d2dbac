package dev.bscportal.core.site;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.InitiativeStatus;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.charts.ChartLabels;
import dev.bscportal.core.charts.Gantt;
import dev.bscportal.core.charts.GanttRow;
import dev.bscportal.core.charts.MeasureChart;
import dev.bscportal.core.charts.Sparkline;
import dev.bscportal.core.score.Assessment;
import dev.bscportal.core.score.MeasureResult;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Charts for templates, as inline SVG: {@code ${charts.measure(m, r)?no_esc}}. */
public final class ChartsView {

    private static final int SPARKLINE_VALUES = 12;

    private final PageContext page;
    private final ChartLabels chartLabels;
    private final Labels labels;

    private final boolean showActuals;
    private final Formats formats;

    ChartsView(PageContext page, Labels labels, boolean showActuals, Formats formats) {
        this.page = page;
        this.formats = formats;
        this.showActuals = showActuals;
        this.labels = labels;
        this.chartLabels = chartLabels(labels);
    }

    public String sparkline(Measure measure, MeasureResult result) {
        if (!showActuals) {
            return "";
        }
        List<Assessment> history = result.history();
        List<Double> values = history.subList(Math.max(0, history.size() - SPARKLINE_VALUES), history.size())
                // a rank is drawn upside down, as on its chart: #1 at the top
                .stream().map(a -> measure.isRank() ? -a.actual() : a.actual()).toList();
        return Sparkline.svg(values, result.status(), labels.get("scorecard.sparkline") + ": " + measure.name());
    }

    public String measure(Measure measure, MeasureResult result) {
        if (!showActuals) {
            return "<p>" + labels.get("withheld") + "</p>";
        }
        return MeasureChart.svg(measure, result, "chart-" + measure.id(), chartLabels, formats.values());
    }

    public String gantt(ScorecardView scorecard) {
        List<Initiative> initiatives = scorecard.getInitiatives();
        List<GanttRow> rows = initiatives.stream().map(i -> GanttRow.of(i, page.to(scorecard.initiativePath(i.id())))).toList();
        Optional<LocalDate> asOf = scorecard.getAsOf().map(Period::endDate);
        LocalDate from = initiatives.stream().flatMap(i -> Stream.concat(i.start().stream(), i.due().stream()))
                .min(LocalDate::compareTo).orElse(asOf.orElse(LocalDate.of(2000, 1, 1))).withDayOfMonth(1);
        LocalDate to = initiatives.stream().flatMap(i -> Stream.concat(i.start().stream(), i.due().stream()))
                .max(LocalDate::compareTo).orElse(from.plusYears(1)).plusMonths(1).withDayOfMonth(1);
        if (asOf.isPresent() && asOf.get().isAfter(to)) {
            to = asOf.get().plusMonths(1).withDayOfMonth(1);
        }
        return Gantt.svg(rows, from, to, asOf, "gantt", chartLabels);
    }

    /** The note written with a measurement of this period, or "". */
    public String note(Scorecard scorecard, Measure measure, Period period) {
        if (!showActuals) {
            return "";
        }
        for (Measurement m : scorecard.measurementsOf(measure.id())) {
            if (m.period().equals(period)) {
                return m.note();
            }
        }
        return "";
    }

    private static ChartLabels chartLabels(Labels labels) {
        Map<String, String> statuses = new TreeMap<>();
        for (InitiativeStatus s : InitiativeStatus.values()) {
            statuses.put(s.id(), labels.get("initiative.status." + s.id()));
        }
        return new ChartLabels(labels.get("status.no-data"), labels.get("actual"), labels.get("target"),
                labels.get("status.exceeds"), labels.get("status.on-target"), labels.get("status.watch"),
                labels.get("status.off-target"), labels.get("chart.asof"), labels.get("initiative.done"),
                labels.get("initiative.open"), labels.get("nav.initiatives"), labels.get("chart.summary"),
                labels.get("chart.summary.single"), labels.get("chart.summary.gantt"),
                labels.get("chart.summary.gantt.one"), labels.get("chart.progress"), statuses,
                labels.get("initiative.unscheduled"));
    }
}
