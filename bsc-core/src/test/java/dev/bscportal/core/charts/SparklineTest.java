package dev.bscportal.core.charts;

import dev.bscportal.core.score.Status;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.Arrays;
import java.util.List;

import static dev.bscportal.core.charts.ChartFixtures.elements;
import static dev.bscportal.core.charts.ChartFixtures.parse;
import static dev.bscportal.core.charts.ChartFixtures.withClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparklineTest {

    @Test
    void drawsTheValuesAndMarksTheLastWithItsStatus() {
        // when
        Document doc = parse(Sparkline.svg(List.of(1.0, 3.0, 2.0, 5.0), Status.WATCH, "Revenue, last 4 months"));

        // then
        Element root = doc.getDocumentElement();
        assertEquals("img", root.getAttribute("role"));
        assertEquals("Revenue, last 4 months", root.getAttribute("aria-label"));
        assertEquals("0 0 80 20", root.getAttribute("viewBox"));
        String[] points = withClass(doc, "spark-line").get(0).getAttribute("points").split(" ");
        assertEquals(4, points.length);
        List<Element> last = withClass(doc, "spark-last-watch");
        assertEquals(1, last.size());
        assertTrue(points[3].startsWith("75,"), Arrays.toString(points));
        assertEquals("3", points[3].split(",")[1], "the highest value is at the top pad");
    }

    @Test
    void escapesTheLabel() {
        // when
        String svg = Sparkline.svg(List.of(1.0, 2.0), Status.ON_TARGET, "<script>alert(1)</script> \"&'");

        // then
        Document doc = parse(svg);
        assertFalse(svg.contains("<script"));
        assertEquals("<script>alert(1)</script> \"&'", doc.getDocumentElement().getAttribute("aria-label"));
    }

    @Test
    void showsADottedLineWhenThereAreNoValues() {
        // when
        Document doc = parse(Sparkline.svg(List.of(), Status.NO_DATA, "Nothing yet"));

        // then
        assertEquals(1, withClass(doc, "spark-empty").size());
        assertTrue(withClass(doc, "spark-last").isEmpty());
    }

    @Test
    void drawsASingleOrUnchangingValueAtMidHeight() {
        // when
        Document one = parse(Sparkline.svg(List.of(4.0), Status.ON_TARGET, "one"));
        Document flat = parse(Sparkline.svg(List.of(4.0, 4.0, 4.0), Status.ON_TARGET, "flat"));

        // then
        assertTrue(withClass(one, "spark-line").isEmpty());
        assertEquals("10", withClass(one, "spark-last").get(0).getAttribute("cy"));
        assertEquals("3,10 39,10 75,10", withClass(flat, "spark-line").get(0).getAttribute("points"));
    }

    @Test
    void skipsValuesThatAreNotNumbers() {
        // when
        Document doc = parse(Sparkline.svg(Arrays.asList(1.0, Double.NaN, null, 2.0), Status.EXCEEDS, "gaps"));

        // then
        assertEquals(2, withClass(doc, "spark-line").get(0).getAttribute("points").split(" ").length);
        assertEquals(1, elements(doc, "path").size());
    }

    @Test
    void producesTheSameTextOnEveryCall() {
        List<Double> values = List.of(1.234567, 2.345678, 0.5);
        assertEquals(Sparkline.svg(values, Status.OFF_TARGET, "x"), Sparkline.svg(values, Status.OFF_TARGET, "x"));
    }
}
