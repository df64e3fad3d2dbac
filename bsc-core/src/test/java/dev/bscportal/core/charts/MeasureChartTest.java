package dev.bscportal.core.charts;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.score.MeasureResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.bscportal.core.charts.ChartFixtures.byId;
import static dev.bscportal.core.charts.ChartFixtures.elements;
import static dev.bscportal.core.charts.ChartFixtures.from;
import static dev.bscportal.core.charts.ChartFixtures.measure;
import static dev.bscportal.core.charts.ChartFixtures.monthly;
import static dev.bscportal.core.charts.ChartFixtures.number;
import static dev.bscportal.core.charts.ChartFixtures.parse;
import static dev.bscportal.core.charts.ChartFixtures.titleOf;
import static dev.bscportal.core.charts.ChartFixtures.withClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasureChartTest {

    private static final Measure REVENUE = measure("Revenue", "EUR k", Polarity.HIGHER_IS_BETTER, Targets.of(90, 100, 115));

    private static double[] rising(int count, double first, double step) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = first + i * step;
        }
        return values;
    }

    @Test
    void drawsOneMarkerWithAStatusTitlePerValueOfTheHistory() {
        // given
        MeasureResult result = monthly(REVENUE, "2024-11", rising(24, 81, 1));

        // when
        Document doc = parse(MeasureChart.svg(REVENUE, result, "rev", ChartLabels.ENGLISH));

        // then
        List<Element> points = withClass(doc, "point");
        assertEquals(24, points.size());
        assertEquals("2024-11: 81\u00a0EUR k (Off target; Target 100\u00a0EUR k)", titleOf(points.get(0)));
        assertEquals("2026-10: 104\u00a0EUR k (On target; Target 100\u00a0EUR k)", titleOf(points.get(23)));
        assertEquals(1, withClass(doc, "point-latest").size());
        assertTrue(hasClass(points.get(23), "point-on-target"));
    }

    private static boolean hasClass(Element e, String cssClass) {
        return List.of(e.getAttribute("class").split(" ")).contains(cssClass);
    }

    @Test
    void namesTheChartAndSummarisesItForScreenReaders() {
        // given
        MeasureResult result = monthly(REVENUE, "2024-11", rising(24, 81, 1));

        // when
        Document doc = parse(MeasureChart.svg(REVENUE, result, "rev", ChartLabels.ENGLISH));

        // then
        Element root = doc.getDocumentElement();
        assertEquals("img", root.getAttribute("role"));
        assertEquals("rev-title rev-desc", root.getAttribute("aria-labelledby"));
        assertEquals("0 0 640 260", root.getAttribute("viewBox"));
        assertEquals("100%", root.getAttribute("width"));
        assertEquals("Revenue", byId(doc, "rev-title").getTextContent());
        assertEquals("Revenue, 24 values from 2024-11 to 2026-10; latest 104\u00a0EUR k, On target",
                byId(doc, "rev-desc").getTextContent());
    }

    @Test
    void shadesEveryStatusBandAndLabelsThemInText() {
        // given
        MeasureResult result = monthly(REVENUE, "2026-01", 85, 95, 105, 120);

        // when
        Document doc = parse(MeasureChart.svg(REVENUE, result, "rev", ChartLabels.ENGLISH));

        // then
        for (String status : List.of("off-target", "watch", "on-target", "exceeds")) {
            assertEquals(1, withClass(doc, "band-" + status).size(), status);
            assertEquals(1, withClass(doc, "band-label-" + status).size(), status);
        }
        assertEquals("Watch", withClass(doc, "band-label-watch").get(0).getTextContent());
    }

    @Test
    void putsTheGoodBandsAboveForHigherIsBetterAndBelowForLowerIsBetter() {
        // given
        Measure defects = measure("Defects", "%", Polarity.LOWER_IS_BETTER, Targets.of(4, 2.5, 1.5));

        // when
        Document higher = parse(MeasureChart.svg(REVENUE, monthly(REVENUE, "2026-01", 85, 120), "h", ChartLabels.ENGLISH));
        Document lower = parse(MeasureChart.svg(defects, monthly(defects, "2026-01", 5, 1), "l", ChartLabels.ENGLISH));

        // then SVG y grows downwards
        assertTrue(bandY(higher, "exceeds") < bandY(higher, "on-target"));
        assertTrue(bandY(higher, "on-target") < bandY(higher, "watch"));
        assertTrue(bandY(higher, "watch") < bandY(higher, "off-target"));
        assertTrue(bandY(lower, "exceeds") > bandY(lower, "on-target"));
        assertTrue(bandY(lower, "on-target") > bandY(lower, "watch"));
        assertTrue(bandY(lower, "watch") > bandY(lower, "off-target"));
    }

    private static double bandY(Document doc, String status) {
        return number(ChartFixtures.withClass(doc, "band-" + status).get(0), "y");
    }

    @Test
    void stepsBandsAndTargetLineWherePeriodTargetsChange() {
        // given targets raised from 2026-03
        Measure raised = measure("Revenue", "EUR k", Polarity.HIGHER_IS_BETTER, Targets.of(90, 100, 115),
                from("2026-03", Targets.of(95, 110, 125)));
        MeasureResult result = monthly(raised, "2026-01", 100, 101, 102, 103);

        // when
        Document doc = parse(MeasureChart.svg(raised, result, "rev", ChartLabels.ENGLISH));

        // then two runs of bands, the second one higher; the target line steps up once
        List<Element> onTarget = ChartFixtures.withClass(doc, "band-on-target");
        assertEquals(2, onTarget.size());
        assertTrue(number(onTarget.get(1), "x") > number(onTarget.get(0), "x"));
        assertTrue(number(onTarget.get(1), "y") < number(onTarget.get(0), "y"));
        String target = ChartFixtures.withClass(doc, "line-target").get(0).getAttribute("d");
        assertEquals(1, target.chars().filter(c -> c == 'V').count(), target);
        assertEquals("2026-03: 102\u00a0EUR k (Watch; Target 110\u00a0EUR k)",
                titleOf(ChartFixtures.withClass(doc, "point").get(2)));
    }

    @Test
    void leavesOutWatchAndExceedsBandsWithoutThresholdAndStretch() {
        // given
        Measure targetOnly = measure("Margin", "%", Polarity.HIGHER_IS_BETTER,
                new Targets(OptionalDouble.empty(), OptionalDouble.of(10), OptionalDouble.empty()));

        // when
        Document doc = parse(MeasureChart.svg(targetOnly, monthly(targetOnly, "2026-01", 8, 12), "m", ChartLabels.ENGLISH));

        // then
        assertEquals(1, ChartFixtures.withClass(doc, "band-off-target").size());
        assertEquals(1, ChartFixtures.withClass(doc, "band-on-target").size());
        assertTrue(ChartFixtures.withClass(doc, "band-watch").isEmpty());
        assertTrue(ChartFixtures.withClass(doc, "band-exceeds").isEmpty());
    }

    @Test
    void drawsNoBandsAndNoTargetLineWithoutATarget() {
        // given
        Measure untargeted = measure("Headcount", "", Polarity.HIGHER_IS_BETTER, Targets.NONE);

        // when
        Document doc = parse(MeasureChart.svg(untargeted, monthly(untargeted, "2026-01", 40, 42, 41), "m", ChartLabels.ENGLISH));

        // then
        assertTrue(ChartFixtures.withClass(doc, "band").isEmpty());
        assertTrue(ChartFixtures.withClass(doc, "line-target").stream().noneMatch(e -> e.getLocalName().equals("path")));
        assertEquals(3, ChartFixtures.withClass(doc, "point-no-data").size());
        assertTrue(ChartFixtures.withClass(doc, "axis-title").isEmpty());
    }

    @Test
    void givenAMeasureWithoutATargetWhenDrawnThenTheLegendNamesOnlyTheActualLine() {
        // given a measure without a target, and one with
        Measure untargeted = measure("Headcount", "", Polarity.HIGHER_IS_BETTER, Targets.NONE);

        // when
        Document without = parse(MeasureChart.svg(untargeted, monthly(untargeted, "2026-01", 40, 42, 41), "m", ChartLabels.ENGLISH));
        Document with = parse(MeasureChart.svg(REVENUE, monthly(REVENUE, "2026-01", 85, 95), "r", ChartLabels.ENGLISH));

        // then the legend has no "Target" entry (no dashed line to explain) where no target line is drawn
        assertEquals(List.of("Actual"), legendTexts(without));
        assertTrue(ChartFixtures.withClass(without, "line-target").isEmpty(), "no target line, in the legend either");
        assertEquals(List.of("Actual", "Target"), legendTexts(with));
    }

    private static List<String> legendTexts(Document doc) {
        return ChartFixtures.withClass(doc, "legend-label").stream().map(Element::getTextContent).toList();
    }

    @Test
    void saysNoDataInASmallChartWhenThereAreNoValues() {
        // when
        String svg = MeasureChart.svg(REVENUE, ChartFixtures.empty(REVENUE), "rev", ChartLabels.ENGLISH);

        // then
        Document doc = parse(svg);
        assertEquals("0 0 640 48", doc.getDocumentElement().getAttribute("viewBox"));
        assertEquals("No data", ChartFixtures.withClass(doc, "no-data").get(0).getTextContent());
        assertEquals("Revenue: No data", byId(doc, "rev-desc").getTextContent());
        assertTrue(elements(doc, "path").isEmpty());
    }

    @Test
    void centresASingleValueAndSummarisesItAsOne() {
        // when
        Document doc = parse(MeasureChart.svg(REVENUE, monthly(REVENUE, "2026-10", 104), "rev", ChartLabels.ENGLISH));

        // then
        List<Element> points = ChartFixtures.withClass(doc, "point");
        assertEquals(1, points.size());
        Element axis = ChartFixtures.withClass(doc, "axis").get(0);
        double middleOfAxis = (number(axis, "x1") + number(axis, "x2")) / 2;
        assertEquals(middleOfAxis, number(points.get(0), "cx"), 0.01, "the point sits in the middle of the x axis");
        assertEquals("Revenue, one value in 2026-10: 104\u00a0EUR k, On target", byId(doc, "rev-desc").getTextContent());
    }

    @Test
    void givesEqualValuesAFlatLineInsideAnAxisOfFourToSixTicks() {
        // given no targets, so only the values span the axis
        Measure plain = measure("Plain", "", Polarity.HIGHER_IS_BETTER, Targets.NONE);

        // when
        Document doc = parse(MeasureChart.svg(plain, monthly(plain, "2026-01", 50, 50, 50), "p", ChartLabels.ENGLISH));

        // then
        List<Element> ticks = elements(doc, "text").stream()
                .filter(e -> e.getParentNode() instanceof Element p && p.getAttribute("class").equals("y-axis")).toList();
        assertTrue(ticks.size() >= 4 && ticks.size() <= 6, "ticks: " + ticks.size());
        List<Element> points = ChartFixtures.withClass(doc, "point");
        double y = number(points.get(0), "cy");
        assertTrue(y > 34 && y < 226, "inside the plot: " + y);
        assertEquals(y, number(points.get(2), "cy"));
    }

    @Test
    void drawsAZeroLineAndNegativeTicksForValuesAroundZero() {
        // given
        Measure cash = measure("Cash", "EUR k", Polarity.HIGHER_IS_BETTER,
                new Targets(OptionalDouble.empty(), OptionalDouble.of(0), OptionalDouble.empty()));

        // when
        String svg = MeasureChart.svg(cash, monthly(cash, "2026-01", -120, -35, 40, 90), "c", ChartLabels.ENGLISH);

        // then
        Document doc = parse(svg);
        assertEquals(1, ChartFixtures.withClass(doc, "zero-line").size());
        assertTrue(ChartFixtures.withClass(doc, "tick-label").stream().anyMatch(e -> e.getTextContent().startsWith("-")));
        assertEquals("2026-01: -120\u00a0EUR k (Off target; Target 0\u00a0EUR k)", titleOf(ChartFixtures.withClass(doc, "point").get(0)));
    }

    @Test
    void givenAGermanSiteWhenTheValueAxisHasHalfStepsThenItsTicksAreWrittenWithADecimalComma() {
        // given a percentage between 87.6 and 90.4, whose axis steps by 2.5 (85, 87.5, 90 ...)
        Measure rate = measure("Quote", "%", Polarity.HIGHER_IS_BETTER, Targets.of(88, 93, 97));
        MeasureResult result = monthly(rate, "2026-01", 90.4, 89.1, 87.6, 88.3);

        // when drawn for a German and for an English site
        List<String> german = tickTexts(MeasureChart.svg(rate, result, "q", ChartLabels.ENGLISH,
                new dev.bscportal.core.presentation.ValueFormat(java.util.Locale.GERMAN)));
        List<String> english = tickTexts(MeasureChart.svg(rate, result, "q", ChartLabels.ENGLISH));

        // then the German ticks read 87,5 as the value labels read 88,3 %; the English ones 87.5; whole ticks stay whole
        assertTrue(german.contains("87,5"), "German ticks: " + german);
        assertTrue(german.contains("90"), "German ticks: " + german);
        assertTrue(german.stream().noneMatch(t -> t.matches(".*\\d\\.\\d.*")), "no decimal point in German: " + german);
        assertTrue(english.contains("87.5") && english.contains("90"), "English ticks: " + english);
    }

    @Test
    void givenAnAxisInThousandsWhenDrawnThenItsTicksAreGroupedAsTheValuesAre() {
        // given values around 12,000
        Measure visits = measure("Visits", "", Polarity.HIGHER_IS_BETTER, Targets.of(11000, 12000, 13000));
        MeasureResult result = monthly(visits, "2026-01", 11500, 12500);

        // when drawn for an English and for a German site
        List<String> english = tickTexts(MeasureChart.svg(visits, result, "v", ChartLabels.ENGLISH));
        List<String> german = tickTexts(MeasureChart.svg(visits, result, "v", ChartLabels.ENGLISH,
                new dev.bscportal.core.presentation.ValueFormat(java.util.Locale.GERMAN)));

        // then the ticks are grouped by each locale's convention, as the value labels and titles are
        assertTrue(english.contains("12,000"), "English ticks: " + english);
        assertTrue(german.contains("12.000"), "German ticks: " + german);
    }

    /** The value axis' tick labels (the time axis' labels are periods and contain a '-'). */
    private static List<String> tickTexts(String svg) {
        return ChartFixtures.withClass(parse(svg), "tick-label").stream().map(Element::getTextContent)
                .filter(t -> !t.matches("\\d{4}-.*")).toList();
    }

    @Test
    void thinsOutPeriodLabelsButAlwaysLabelsTheLatest() {
        // when
        Document doc = parse(MeasureChart.svg(REVENUE, monthly(REVENUE, "2023-11", rising(36, 80, 1)), "r", ChartLabels.ENGLISH));

        // then
        List<String> labels = elements(doc, "text").stream()
                .filter(e -> e.getParentNode() instanceof Element p && p.getAttribute("class").equals("x-axis"))
                .map(Element::getTextContent).toList();
        assertTrue(labels.size() >= 4 && labels.size() < 36, labels.toString());
        assertEquals("2026-10", labels.get(labels.size() - 1));
        assertEquals(36, ChartFixtures.withClass(doc, "tick").size());
    }

    @Test
    void breaksTheActualLineWhereAPeriodIsMissing() {
        // given 2026-03 has no value
        MeasureResult result = ChartFixtures.result(REVENUE, List.of(Period.month(2026, 1), Period.month(2026, 2),
                Period.month(2026, 4)), 95, 97, 99);

        // when
        Document doc = parse(MeasureChart.svg(REVENUE, result, "r", ChartLabels.ENGLISH));

        // then
        String d = ChartFixtures.withClass(doc, "line-actual").stream().filter(e -> e.getLocalName().equals("path"))
                .findFirst().orElseThrow().getAttribute("d");
        assertEquals(2, d.chars().filter(c -> c == 'M').count(), d);
    }

    @Test
    void escapesHostileNamesAndUnits() {
        // given
        Measure hostile = measure("<script>alert(1)</script> \"&'", "<b>€</b>", Polarity.HIGHER_IS_BETTER,
                Targets.of(90, 100, 115));

        // when
        String svg = MeasureChart.svg(hostile, monthly(hostile, "2026-01", 99, 101), "x\" onload=\"alert(1)", ChartLabels.ENGLISH);

        // then
        Document doc = parse(svg);
        assertFalse(svg.contains("<script"));
        assertFalse(svg.contains("<b>"));
        assertFalse(svg.contains("onload=\""));
        assertEquals(0, elements(doc, "script").size());
        String titleId = doc.getDocumentElement().getAttribute("aria-labelledby").split(" ")[0];
        assertEquals("<script>alert(1)</script> \"&'", byId(doc, titleId).getTextContent());
        assertEquals("<b>€</b>", ChartFixtures.withClass(doc, "axis-title").get(0).getTextContent());
    }

    @Test
    void derivesIdsFromThePrefixOnly() {
        // when
        Document doc = parse(MeasureChart.svg(REVENUE, monthly(REVENUE, "2026-01", 99), "measure-revenue", ChartLabels.ENGLISH));

        // then
        assertNotNull(byId(doc, "measure-revenue-title"));
        assertNotNull(byId(doc, "measure-revenue-desc"));
    }

    @Test
    void producesTheSameTextOnEveryCall() {
        // given
        MeasureResult result = monthly(REVENUE, "2024-11", rising(24, 81.37, 1.013));

        // when
        String first = MeasureChart.svg(REVENUE, result, "rev", ChartLabels.ENGLISH);
        String second = MeasureChart.svg(REVENUE, result, "rev", ChartLabels.ENGLISH);

        // then
        assertEquals(first, second);
    }

    @Test
    void writesCoordinatesWithAtMostTwoDecimalsAndNoColours() {
        // given
        MeasureResult result = monthly(REVENUE, "2024-11", rising(24, 81.3333, 1.0777));

        // when
        String svg = MeasureChart.svg(REVENUE, result, "rev", ChartLabels.ENGLISH);

        // then every number inside an attribute has at most two decimals
        Matcher attributes = Pattern.compile("\\s[a-z-]+=\"([^\"]*)\"").matcher(svg);
        while (attributes.find()) {
            assertFalse(attributes.group(1).matches(".*\\d\\.\\d{3,}.*"), attributes.group());
        }
        assertFalse(svg.contains("#"), "no inline colour");
        assertFalse(svg.contains("style="), "no inline style");
    }

    @Test
    void usesTheCallersWords() {
        // given
        ChartLabels german = new ChartLabels("Keine Daten", "Ist", "Ziel", "Übertroffen", "Im Ziel", "Beobachten",
                "Verfehlt", "Stand", "erledigt", "offen", "Initiativen",
                "{name}: {count} Werte von {first} bis {last}; zuletzt {latest}, {status}",
                "{name}: ein Wert in {first}: {latest}, {status}", "{count} Initiativen", "{count} Initiative", "{percent} % erledigt",
                java.util.Map.of(), "Nicht terminiert");

        // when
        Document doc = parse(MeasureChart.svg(REVENUE, monthly(REVENUE, "2026-01", 85, 95), "r", german));

        // then
        assertEquals("Revenue: 2 Werte von 2026-01 bis 2026-02; zuletzt 95\u00a0EUR k, Beobachten",
                byId(doc, "r-desc").getTextContent());
        assertEquals("2026-01: 85\u00a0EUR k (Verfehlt; Ziel 100\u00a0EUR k)", titleOf(ChartFixtures.withClass(doc, "point").get(0)));
        assertTrue(ChartFixtures.withClass(doc, "legend-label").stream().anyMatch(e -> e.getTextContent().equals("Ist")));
    }
}
