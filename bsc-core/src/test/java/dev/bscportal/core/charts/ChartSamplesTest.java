package dev.bscportal.core.charts;

import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.score.Status;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static dev.bscportal.core.charts.ChartFixtures.from;
import static dev.bscportal.core.charts.ChartFixtures.measure;
import static dev.bscportal.core.charts.ChartFixtures.monthly;
import static dev.bscportal.core.charts.ChartFixtures.parse;
import static dev.bscportal.core.charts.ChartFixtures.result;
import static dev.bscportal.core.charts.ChartFixtures.withClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders realistic samples to target/chart-samples (each SVG alone, and in HTML pages with a provisional
 * light and dark stylesheet) so people can look at them; the site's real CSS lives in the site template.
 */
class ChartSamplesTest {

    private static final Path DIR = Path.of("target", "chart-samples");

    @Test
    void writesRealisticSamplesThatAreWellFormed() throws IOException {
        // given
        Map<String, String> charts = new LinkedHashMap<>();
        var revenue = measure("Revenue", "EUR k", Polarity.HIGHER_IS_BETTER, Targets.of(90, 100, 115),
                from("2026-01", Targets.of(95, 105, 120)));
        double[] revenueValues = {84, 86, 88, 87, 91, 93, 92, 95, 97, 99, 101, 103, 96, 98, 101, 104, 106, 103, 107, 110,
                108, 112, 118, 121};
        var defects = ChartFixtures.withDecimals(measure("Defect rate", "%", Polarity.LOWER_IS_BETTER, Targets.of(4, 2.5, 1.5)), 1);
        List<Period> quarters = new ArrayList<>();
        for (Period q = Period.quarter(2024, 4); quarters.size() < 9; q = q.next().orElseThrow()) {
            quarters.add(q);
        }
        var cash = measure("Free cash flow", "EUR k", Polarity.HIGHER_IS_BETTER,
                new Targets(OptionalDouble.empty(), OptionalDouble.of(0), OptionalDouble.empty()));
        var nps = measure("Net promoter score <NPS> & \"friends\"", "", Polarity.HIGHER_IS_BETTER, Targets.of(20, 30, 45));
        var weekly = measure("Open support tickets", "tickets", Polarity.LOWER_IS_BETTER, Targets.of(60, 40, 25));
        List<Period> weeks = new ArrayList<>();
        double[] ticketValues = new double[40];
        Period w = Period.week(2026, 3);
        for (int i = 0; i < ticketValues.length; i++) {
            weeks.add(w);
            w = w.next().orElseThrow();
            ticketValues[i] = 70 - i + 8 * Math.sin(i * 0.9);
        }

        // when
        charts.put("measure-revenue", MeasureChart.svg(revenue, monthly(revenue, "2024-11", revenueValues), "revenue",
                ChartLabels.ENGLISH));
        charts.put("measure-defects", MeasureChart.svg(defects, result(defects, quarters, 5.2, 4.6, 3.9, 3.1, 2.8, 2.4, 2.2,
                1.7, 1.4), "defects", ChartLabels.ENGLISH));
        charts.put("measure-cash", MeasureChart.svg(cash, monthly(cash, "2026-01", -120, -80, -35, 10, -15, 40, 65, 30, 90, 120),
                "cash", ChartLabels.ENGLISH));
        charts.put("measure-single", MeasureChart.svg(nps, monthly(nps, "2026-10", 33), "nps", ChartLabels.ENGLISH));
        charts.put("measure-flat", MeasureChart.svg(nps, monthly(nps, "2026-01", 50, 50, 50, 50), "flat", ChartLabels.ENGLISH));
        charts.put("measure-weekly", MeasureChart.svg(weekly, result(weekly, weeks, ticketValues), "weekly", ChartLabels.ENGLISH));
        charts.put("measure-empty", MeasureChart.svg(revenue, ChartFixtures.empty(revenue), "empty", ChartLabels.ENGLISH));
        charts.put("gantt", Gantt.svg(sampleRows(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30),
                Optional.of(LocalDate.of(2026, 10, 31)), "roadmap", ChartLabels.ENGLISH));
        charts.put("gantt-short", Gantt.svg(sampleRows().subList(0, 2), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31),
                Optional.of(LocalDate.of(2026, 10, 31)), "short", ChartLabels.ENGLISH));
        charts.put("gantt-long", Gantt.svg(sampleRows(), LocalDate.of(2022, 1, 1), LocalDate.of(2030, 12, 31),
                Optional.of(LocalDate.of(2026, 10, 31)), "long", ChartLabels.ENGLISH));
        String sparks = "<p>Revenue " + Sparkline.svg(List.of(96.0, 98.0, 101.0, 104.0, 106.0, 103.0, 107.0, 110.0, 108.0, 112.0,
                118.0, 121.0), Status.EXCEEDS, "Revenue, last 12 months")
                + " Defects " + Sparkline.svg(List.of(5.2, 4.6, 3.9, 3.1, 2.8), Status.WATCH, "Defect rate")
                + " Cash " + Sparkline.svg(List.of(-120.0, -80.0, -35.0, 10.0, -15.0), Status.OFF_TARGET, "Cash")
                + " Flat " + Sparkline.svg(List.of(3.0, 3.0, 3.0), Status.ON_TARGET, "Flat")
                + " One " + Sparkline.svg(List.of(3.0), Status.ON_TARGET, "One")
                + " None " + Sparkline.svg(List.of(), Status.NO_DATA, "None") + "</p>";

        // then
        Files.createDirectories(DIR);
        for (Map.Entry<String, String> chart : charts.entrySet()) {
            parse(chart.getValue());
            Files.writeString(DIR.resolve(chart.getKey() + ".svg"), chart.getValue(), StandardCharsets.UTF_8);
            for (String theme : List.of("light", "dark")) {
                Files.writeString(DIR.resolve(chart.getKey() + "-" + theme + ".html"), page(theme, chart.getValue()),
                        StandardCharsets.UTF_8);
            }
        }
        for (String theme : List.of("light", "dark")) {
            Files.writeString(DIR.resolve("sparklines-" + theme + ".html"), page(theme, sparks), StandardCharsets.UTF_8);
        }
        // every sample was written, and each chart holds one marker per value it was given
        for (String name : charts.keySet()) {
            for (String file : List.of(name + ".svg", name + "-light.html", name + "-dark.html")) {
                assertTrue(Files.isRegularFile(DIR.resolve(file)), file);
            }
        }
        assertEquals(revenueValues.length, withClass(parse(Files.readString(DIR.resolve("measure-revenue.svg"))), "point").size());
        assertEquals(9, withClass(parse(Files.readString(DIR.resolve("measure-defects.svg"))), "point").size());
        assertEquals(1, withClass(parse(Files.readString(DIR.resolve("measure-single.svg"))), "point").size());
        assertEquals(0, withClass(parse(Files.readString(DIR.resolve("measure-empty.svg"))), "point").size());
    }

    private static List<GanttRow> sampleRows() {
        return List.of(
                new GanttRow("CRM roll-out", "../initiatives/crm.html", Optional.of(LocalDate.of(2026, 1, 15)),
                        Optional.of(LocalDate.of(2026, 9, 30)), OptionalDouble.of(100), "done",
                        List.of(new GanttRow.GanttMilestone("Pilot <EMEA> & \"partners\"", LocalDate.of(2026, 4, 30), true),
                                new GanttRow.GanttMilestone("Go-live", LocalDate.of(2026, 9, 15), true))),
                new GanttRow("Lean production programme for all three plants 🚀", "../initiatives/lean.html",
                        Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(LocalDate.of(2027, 3, 31)), OptionalDouble.of(45),
                        "active", List.of(new GanttRow.GanttMilestone("Plant A", LocalDate.of(2026, 8, 31), true),
                        new GanttRow.GanttMilestone("Plant B", LocalDate.of(2026, 12, 15), false))),
                new GanttRow("Supplier portal", "", Optional.of(LocalDate.of(2026, 6, 1)), Optional.of(LocalDate.of(2027, 6, 30)),
                        OptionalDouble.of(10), "on-hold", List.of()),
                new GanttRow("<script>alert(1)</script>", "javascript:alert(1)", Optional.empty(),
                        Optional.of(LocalDate.of(2026, 5, 31)), OptionalDouble.empty(), "planned", List.of()),
                new GanttRow("Training academy", "../initiatives/academy.html", Optional.of(LocalDate.of(2026, 11, 1)),
                        Optional.empty(), OptionalDouble.of(0), "planned",
                        List.of(new GanttRow.GanttMilestone("First cohort", LocalDate.of(2027, 2, 1), false))));
    }

    private static String page(String theme, String body) {
        return "<!DOCTYPE html><html lang=\"en\" class=\"" + theme + "\"><head><meta charset=\"utf-8\"><title>chart sample</title>"
                + "<style>" + PROVISIONAL_CSS + "</style></head><body><div class=\"frame\">" + body + "</div></body></html>";
    }

    /** Only for looking at the samples; the proposal in the report, not the site's stylesheet. */
    private static final String PROVISIONAL_CSS = """
            html.light { --bg:#ffffff; --fg:#1f2937; --muted:#4b5563; --grid:#e2e5ea; --axis:#6b7280;
              --band-off:#fbe4e4; --band-watch:#fdf0d3; --band-on:#e1f2e5; --band-exceeds:#dcebf8;
              --off:#b42318; --watch:#8a5300; --on:#1d6b34; --exceeds:#175c9c; --nodata:#6b7280;
              --actual:#1f2937; --target:#374151; --bar:#e5e7eb; --progress:#4b5563; --row:#f6f7f9; --asof:#b42318; }
            html.dark { --bg:#111827; --fg:#e5e7eb; --muted:#b6bec9; --grid:#2f3a4a; --axis:#8b95a3;
              --band-off:#3d1c1f; --band-watch:#3a2f14; --band-on:#17331f; --band-exceeds:#142c45;
              --off:#ff8a80; --watch:#f2c46b; --on:#7dd694; --exceeds:#8cc8ff; --nodata:#a3acb9;
              --actual:#f3f4f6; --target:#cbd5e1; --bar:#374151; --progress:#cbd5e1; --row:#172033; --asof:#ff8a80; }
            body { margin:0; padding:8px; background:var(--bg); color:var(--fg); font-family: system-ui, sans-serif; }
            .frame { width: 680px; }
            svg.chart { color:var(--fg); font-family: system-ui, sans-serif; }
            .band { stroke:none; } .band-off-target { fill:var(--band-off); } .band-watch { fill:var(--band-watch); }
            .band-on-target { fill:var(--band-on); } .band-exceeds { fill:var(--band-exceeds); }
            .band-label { font-size:10px; } .band-label-off-target { fill:var(--off); } .band-label-watch { fill:var(--watch); }
            .band-label-on-target { fill:var(--on); } .band-label-exceeds { fill:var(--exceeds); }
            .grid { stroke:var(--grid); stroke-width:1; } .axis, .tick { stroke:var(--axis); } .zero-line { stroke:var(--axis); }
            .tick-label, .axis-title, .legend-label { fill:var(--muted); } .axis-title { font-weight:600; }
            .line-actual { stroke:var(--actual); stroke-width:2; fill:none; } .line-target { stroke:var(--target); stroke-width:1.5; }
            .point { stroke:var(--bg); stroke-width:1; } .point-exceeds { fill:var(--exceeds); } .point-on-target { fill:var(--on); }
            .point-watch { fill:var(--watch); } .point-off-target { fill:var(--off); } .point-no-data { fill:var(--nodata); }
            .point-latest { stroke:var(--fg); stroke-width:1.5; }
            .value-latest { fill:var(--fg); font-weight:700; paint-order:stroke; stroke:var(--bg); stroke-width:3px; stroke-linejoin:round; }
            .no-data { fill:var(--muted); } .empty-frame { stroke:var(--grid); }
            .row-odd { fill:var(--row); } .row-label { fill:var(--fg); } a .row-label { fill:var(--exceeds); text-decoration:underline; }
            .bar { fill:var(--bar); stroke:var(--axis); stroke-width:.5; } .bar-progress { fill:var(--progress); }
            .bar-done .bar-progress { fill:var(--on); } .bar-on-hold .bar-progress { fill:var(--watch); }
            .bar-cancelled .bar { stroke-dasharray:3 2; }
            .progress-label { fill:var(--muted); font-size:10px; } .progress-label-inside { fill:var(--bg); }
            .milestone { stroke-width:1.2; } .milestone-done { fill:var(--fg); stroke:var(--bg); } .milestone-open { fill:var(--bg); stroke:var(--fg); }
            .grid-month { stroke:var(--grid); } .grid-quarter { stroke:var(--axis); stroke-opacity:.45; } .grid-year { stroke:var(--axis); }
            .as-of-line { stroke:var(--asof); stroke-width:1.5; } .as-of-label { fill:var(--asof); font-weight:600; }
            .sparkline { color:var(--fg); vertical-align:middle; } .spark-line { stroke:var(--muted); stroke-width:1.2; }
            .spark-last-exceeds { fill:var(--exceeds); } .spark-last-on-target { fill:var(--on); } .spark-last-watch { fill:var(--watch); }
            .spark-last-off-target { fill:var(--off); } .spark-last-no-data { fill:var(--nodata); } .spark-empty { stroke:var(--muted); }
            """;
}
