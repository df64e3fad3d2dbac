package dev.bscportal.core.charts;

import dev.bscportal.core.model.Aggregation;
import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.MeasureKind;
import dev.bscportal.core.model.ObjectiveLink;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.PeriodTarget;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.score.MeasureResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.bscportal.core.charts.ChartFixtures.parse;
import static dev.bscportal.core.charts.ChartFixtures.withClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Read from the rendered SVG: a glide path of future period targets, and a rank's upside-down axis. */
class GlidePathAndRankChartTest {

    private static Measure measure(String unit, Frequency frequency, Polarity polarity, Targets targets, PeriodTarget... pts) {
        return Measure.builder().id("m").name("M").objectives(List.of(new ObjectiveLink("o", 1.0, Origin.at("measures/m.yaml", 2))))
                .unit(unit).decimals(1).polarity(polarity).kind(MeasureKind.LAGGING).frequency(frequency)
                .aggregation(Aggregation.LAST).targets(targets).periodTargets(List.of(pts))
                .origin(Origin.at("measures/m.yaml", 1)).build();
    }

    private static PeriodTarget from(String period, double target) {
        return new PeriodTarget(Period.parse(period).orElseThrow(),
                new Targets(OptionalDouble.empty(), OptionalDouble.of(target), OptionalDouble.empty()), Origin.at("measures/m.yaml", 9));
    }

    private static MeasureResult values(Measure m, String first, double... values) {
        List<Period> periods = new ArrayList<>();
        Period p = Period.parse(first).orElseThrow();
        for (int i = 0; i < values.length; i++, p = p.next().orElseThrow()) {
            periods.add(p);
        }
        return ChartFixtures.result(m, periods, values);
    }

    private static double attr(Element e, String name) {
        return Double.parseDouble(e.getAttribute(name));
    }

    /** The x of every vertical step of a path "M x y H x V y H x ...": the x it had reached when it turned. */
    private static List<Double> stepXs(String d) {
        List<Double> result = new ArrayList<>();
        Matcher m = Pattern.compile("([MHV])(-?[0-9.]+)").matcher(d.replaceAll("M(-?[0-9.]+) ", "M$1 Y"));
        double x = Double.NaN;
        for (Matcher t = Pattern.compile("([MHVY])(-?[0-9.]+)").matcher(d.replaceAll("M(-?[0-9.]+) ", "M$1 Y")); t.find(); ) {
            switch (t.group(1)) {
                case "M", "H" -> x = Double.parseDouble(t.group(2));
                case "V" -> result.add(x);
                default -> { }
            }
        }
        return result;
    }

    @Test
    void futurePeriodTargetsAreAGlidePathToTheLastTargetPeriod() {
        // given a yearly % measure measured 2024-2026 with targets 70 from 2027, 90 from 2029, 100 from 2031
        Measure onTime = measure("%", Frequency.YEARLY, Polarity.HIGHER_IS_BETTER,
                new Targets(OptionalDouble.of(60), OptionalDouble.of(65), OptionalDouble.empty()),
                from("2027", 70), from("2029", 90), from("2031", 100));
        MeasureResult result = values(onTime, "2024", 58, 63, 67.5);

        // when the chart is drawn
        Document doc = parse(MeasureChart.svg(onTime, result, "ot", ChartLabels.ENGLISH));

        // then the time axis runs on to 2031: a tick for each year 2024-2031, the last one labelled 2031
        List<Element> ticks = withClass(doc, "tick");
        assertEquals(8, ticks.size());
        List<Element> labels = withClass(withClass(doc, "x-axis").get(0).getOwnerDocument(), "tick-label").stream()
                .filter(e -> e.getTextContent().matches("20\\d\\d")).toList();
        assertEquals("2031", labels.get(labels.size() - 1).getTextContent());
        // and only the three measured years have a marker
        assertEquals(3, withClass(doc, "point").size());
        // and the target line steps where each target starts: between 2026|2027, 2028|2029, 2030|2031
        List<Double> xs = ticks.stream().map(t -> attr(t, "x1")).toList();
        List<Double> steps = stepXs(withClass(doc, "line-target").get(0).getAttribute("d"));
        List<Double> expected = List.of((xs.get(2) + xs.get(3)) / 2, (xs.get(4) + xs.get(5)) / 2, (xs.get(6) + xs.get(7)) / 2);
        assertEquals(3, steps.size(), "steps " + steps);
        for (int i = 0; i < 3; i++) {
            assertEquals(expected.get(i), steps.get(i), 0.02, "step " + i + " of " + steps);
        }
        // and the value axis reaches the 100 % target
        assertTrue(withClass(doc, "tick-label").stream().anyMatch(e -> e.getTextContent().equals("100")));
    }

    @Test
    void withoutFutureTargetsTheAxisEndsAtTheLatestValue() {
        Measure plain = measure("%", Frequency.YEARLY, Polarity.HIGHER_IS_BETTER,
                new Targets(OptionalDouble.of(60), OptionalDouble.of(65), OptionalDouble.empty()), from("2025", 70));
        Document doc = parse(MeasureChart.svg(plain, values(plain, "2024", 58, 63, 67.5), "p", ChartLabels.ENGLISH));

        assertEquals(3, withClass(doc, "tick").size());
    }

    @Test
    void aQuarterlyMeasureGlidesQuarterByQuarterToTheQuarterAYearlyTargetStartsIn() {
        Measure quarterly = measure("min", Frequency.QUARTERLY, Polarity.LOWER_IS_BETTER,
                new Targets(OptionalDouble.of(30), OptionalDouble.of(25), OptionalDouble.empty()), from("2027", 20));
        Document doc = parse(MeasureChart.svg(quarterly, values(quarterly, "2026-Q3", 26, 24), "q", ChartLabels.ENGLISH));

        // 2026-Q3, 2026-Q4, then 2027-Q1 where the 2027 target starts
        assertEquals(3, withClass(doc, "tick").size());
        assertEquals(1, stepXs(withClass(doc, "line-target").get(0).getAttribute("d")).size());
    }

    @Test
    void aRankAxisHasRankOneOnTopWholePositionsAndNoZero() {
        // given a rank measure that climbed from #5 to #1
        Measure rank = measure("rank", Frequency.QUARTERLY, Polarity.LOWER_IS_BETTER,
                new Targets(OptionalDouble.of(3), OptionalDouble.of(1), OptionalDouble.of(1)));
        MeasureResult result = values(rank, "2025-Q4", 5, 4, 2, 1);

        // when the chart is drawn
        Document doc = parse(MeasureChart.svg(rank, result, "r", ChartLabels.ENGLISH));

        // then the value axis is labelled #1 to #5, #1 at the top, without a position 0 or a fraction
        List<Element> yLabels = withClass(withClass(doc, "y-axis").get(0).getOwnerDocument(), "tick-label").stream()
                .filter(e -> e.getTextContent().startsWith("#")).toList();
        assertEquals(List.of("#1", "#2", "#3", "#4", "#5"), yLabels.stream().map(Element::getTextContent).toList());
        assertTrue(attr(yLabels.get(0), "y") < attr(yLabels.get(4), "y"), "#1 is drawn above #5");
        assertFalse(withClass(doc, "tick-label").stream().anyMatch(e -> e.getTextContent().matches("#?0|.*\\.5")));
        // and the latest value, #1, is the highest marker and is written as #1
        List<Element> points = withClass(doc, "point");
        assertTrue(ChartFixtures.titleOf(points.get(3)).startsWith("2026-Q3: #1 "), ChartFixtures.titleOf(points.get(3)));
        assertEquals("#1", withClass(doc, "value-latest").get(0).getTextContent());
    }
}
