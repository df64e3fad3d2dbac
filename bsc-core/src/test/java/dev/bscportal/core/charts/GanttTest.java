package dev.bscportal.core.charts;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.InitiativeStatus;
import dev.bscportal.core.model.Milestone;
import dev.bscportal.core.model.Origin;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static dev.bscportal.core.charts.ChartFixtures.byId;
import static dev.bscportal.core.charts.ChartFixtures.elements;
import static dev.bscportal.core.charts.ChartFixtures.number;
import static dev.bscportal.core.charts.ChartFixtures.parse;
import static dev.bscportal.core.charts.ChartFixtures.titleOf;
import static dev.bscportal.core.charts.ChartFixtures.withClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GanttTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final Optional<LocalDate> AS_OF = Optional.of(LocalDate.of(2026, 10, 31));

    private static GanttRow row(String label, String href, String start, String due, double progress,
            GanttRow.GanttMilestone... milestones) {
        return new GanttRow(label, href, Optional.ofNullable(start).map(LocalDate::parse),
                Optional.ofNullable(due).map(LocalDate::parse), OptionalDouble.of(progress), "active", List.of(milestones));
    }

    @Test
    void drawsABarWithItsProgressPerRow() {
        // given a bar over the whole of the second half of 2026, half done
        GanttRow crm = row("CRM", "crm.html", "2026-07-01", "2026-12-31", 50);

        // when
        Document doc = parse(Gantt.svg(List.of(crm), FROM, TO, AS_OF, "g", ChartLabels.ENGLISH));

        // then
        Element bar = withClass(doc, "bar").get(0);
        Element progress = withClass(doc, "bar-progress").get(0);
        assertEquals(number(bar, "width") / 2, number(progress, "width"), 0.01);
        assertEquals(number(bar, "x"), number(progress, "x"));
        Element group = withClass(doc, "bar-group").get(0);
        assertTrue(group.getAttribute("class").contains("bar-active"));
        assertEquals("CRM: 2026-07-01 – 2026-12-31; Active; 50% done", titleOf(group));
        assertEquals("50%", withClass(doc, "progress-label").get(0).getTextContent());
    }

    @Test
    void linksRowLabelsThatHaveAnHrefAndNamesTheChart() {
        // given
        List<GanttRow> rows = List.of(row("CRM", "../initiatives/crm.html", "2026-01-01", "2026-06-30", 10),
                row("Lean", "", "2026-03-01", "2026-09-30", 20));

        // when
        Document doc = parse(Gantt.svg(rows, FROM, TO, AS_OF, "roadmap", ChartLabels.ENGLISH));

        // then
        List<Element> links = elements(doc, "a");
        assertEquals(1, links.size());
        assertEquals("../initiatives/crm.html", links.get(0).getAttribute("href"));
        assertEquals("../initiatives/crm.html", links.get(0).getAttributeNS("http://www.w3.org/1999/xlink", "href"));
        assertEquals("CRM", links.get(0).getTextContent());
        assertEquals(2, withClass(doc, "row-label").size());
        assertEquals("group", doc.getDocumentElement().getAttribute("role"));
        assertEquals("roadmap-title roadmap-desc", doc.getDocumentElement().getAttribute("aria-labelledby"));
        assertEquals("Initiatives", byId(doc, "roadmap-title").getTextContent());
        assertEquals("2 initiatives from 2026-01-01 to 2026-12-31", byId(doc, "roadmap-desc").getTextContent());
    }

    @Test
    void isAnImageWhenNoRowLinks() {
        Document doc = parse(Gantt.svg(List.of(row("CRM", "", "2026-01-01", "2026-06-30", 10)), FROM, TO, AS_OF, "g",
                ChartLabels.ENGLISH));
        assertEquals("img", doc.getDocumentElement().getAttribute("role"));
    }

    @Test
    void dropsLinksWithAScriptScheme() {
        // given
        List<GanttRow> rows = List.of(row("a", "javascript:alert(1)", null, "2026-06-30", 0),
                row("b", " JaVa\tScRiPt:alert(1)", null, "2026-06-30", 0),
                row("c", "data:text/html,<script>alert(1)</script>", null, "2026-06-30", 0),
                row("d", "page.html?at=10:30", null, "2026-06-30", 0),
                row("e", "https://example.org/x", null, "2026-06-30", 0));

        // when
        String svg = Gantt.svg(rows, FROM, TO, AS_OF, "g", ChartLabels.ENGLISH);

        // then
        Document doc = parse(svg);
        assertEquals(List.of("page.html?at=10:30", "https://example.org/x"),
                elements(doc, "a").stream().map(a -> a.getAttribute("href")).toList());
        assertFalse(svg.toLowerCase().contains("script:"));
    }

    @Test
    void marksMilestonesWithTitlesAndDoneState() {
        // given
        GanttRow lean = row("Lean", "", "2026-03-01", "2026-12-31", 40,
                new GanttRow.GanttMilestone("Plant A", LocalDate.of(2026, 6, 30), true),
                new GanttRow.GanttMilestone("Plant B", LocalDate.of(2026, 11, 30), false),
                new GanttRow.GanttMilestone("Later", LocalDate.of(2027, 3, 31), false));

        // when
        Document doc = parse(Gantt.svg(List.of(lean), FROM, TO, AS_OF, "g", ChartLabels.ENGLISH));

        // then the milestone outside the range is left out
        List<Element> milestones = withClass(doc, "milestone");
        assertEquals(2, milestones.size());
        assertEquals("Plant A: 2026-06-30 (done)", titleOf(milestones.get(0)));
        assertTrue(milestones.get(0).getAttribute("class").contains("milestone-done"));
        assertEquals("Plant B: 2026-11-30 (open)", titleOf(milestones.get(1)));
        assertTrue(milestones.get(1).getAttribute("class").contains("milestone-open"));
    }

    @Test
    void drawsTheAsOfMarkerOnlyInsideTheRange() {
        // given
        List<GanttRow> rows = List.of(row("CRM", "", "2026-01-01", "2026-06-30", 10));

        // when
        Document inside = parse(Gantt.svg(rows, FROM, TO, AS_OF, "g", ChartLabels.ENGLISH));
        Document outside = parse(Gantt.svg(rows, FROM, TO, Optional.of(LocalDate.of(2027, 2, 1)), "g", ChartLabels.ENGLISH));
        Document none = parse(Gantt.svg(rows, FROM, TO, "g", ChartLabels.ENGLISH));

        // then
        assertEquals("As of 2026-10-31", withClass(inside, "as-of-label").get(0).getTextContent());
        double x = number(withClass(inside, "as-of-line").get(0), "x1");
        double octoberFirst = withClass(inside, "grid-quarter").stream().mapToDouble(e -> number(e, "x1")).max().orElseThrow();
        assertTrue(x > octoberFirst, "after the 1 October gridline");
        assertTrue(withClass(outside, "as-of").isEmpty());
        assertTrue(withClass(none, "as-of").isEmpty());
    }

    @Test
    void drawsQuarterAndYearGridlinesWithLabels() {
        // when
        Document doc = parse(Gantt.svg(List.of(row("x", "", "2026-01-01", "2027-06-30", 0)), FROM,
                LocalDate.of(2027, 6, 30), AS_OF, "g", ChartLabels.ENGLISH));

        // then
        assertEquals(1, withClass(doc, "grid-year").size());
        assertEquals(4, withClass(doc, "grid-quarter").size());
        List<String> labels = withClass(doc, "tick-label").stream().map(Element::getTextContent).toList();
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2"), labels);
    }

    @Test
    void labelsMonthsOnShortRangesAndYearsOnLongOnes() {
        List<GanttRow> rows = List.of(row("x", "", "2026-10-01", null, 0));
        List<String> months = withClass(parse(Gantt.svg(rows, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31), "g",
                ChartLabels.ENGLISH)), "tick-label").stream().map(Element::getTextContent).toList();
        List<String> years = withClass(parse(Gantt.svg(rows, LocalDate.of(2020, 1, 1), LocalDate.of(2029, 12, 31), "g",
                ChartLabels.ENGLISH)), "tick-label").stream().map(Element::getTextContent).toList();
        assertEquals(List.of("2026-09", "2026-10", "2026-11", "2026-12", "2027-01"), months);
        assertEquals("2020", years.get(0));
        assertTrue(years.size() >= 5 && years.size() <= 10, years.toString());
    }

    @Test
    void runsBarsWithOneDateToTheEdgeOfTheOtherSideAndSkipsBarsOutsideTheRange() {
        // given a bar without a start, one without a due date, and one wholly before the range
        List<GanttRow> rows = List.of(row("no-start", "", null, "2026-06-30", 0), row("no-due", "", "2026-03-01", null, 0),
                row("past", "", "2025-01-01", "2025-06-30", 100));

        // when
        Document doc = parse(Gantt.svg(rows, FROM, TO, AS_OF, "g", ChartLabels.ENGLISH));

        // then
        List<Element> groups = withClass(doc, "bar-group");
        assertEquals(2, groups.size());
        assertTrue(groups.get(0).getAttribute("class").contains("bar-open-start"));
        assertEquals("no-start: … – 2026-06-30; Active; 0% done", titleOf(groups.get(0)));
        assertTrue(groups.get(1).getAttribute("class").contains("bar-open-end"));
        assertEquals(3, withClass(doc, "row-label").size());
    }

    @Test
    void anInitiativeWithoutDatesIsListedAsNotScheduledWithoutABar() {
        // given an undated row (with and without progress, with and without a dated milestone) among dated ones
        GanttRow undated = new GanttRow("Council homes", "homes.html", Optional.empty(), Optional.empty(),
                OptionalDouble.empty(), "planned", List.of());
        GanttRow undatedWithProgress = row("Academy", "", null, null, 40);
        GanttRow undatedWithMilestone = row("ERP", "", null, null, 0,
                new GanttRow.GanttMilestone("Decision", LocalDate.of(2026, 5, 1), false));
        List<GanttRow> rows = List.of(row("Hubs", "", "2026-01-05", "2026-12-17", 20), undated, undatedWithProgress,
                undatedWithMilestone);

        // when
        Document doc = parse(Gantt.svg(rows, FROM, TO, AS_OF, "g", ChartLabels.ENGLISH));

        // then only the dated row has a bar; each undated row says so where its bar would be
        assertEquals(1, withClass(doc, "bar").size());
        assertEquals(1, withClass(doc, "bar-progress").size());
        List<Element> unscheduled = withClass(doc, "bar-unscheduled");
        assertEquals(3, unscheduled.size());
        assertEquals("Council homes: Not scheduled; Planned", titleOf(unscheduled.get(0)));
        assertEquals(List.of("Not scheduled", "Not scheduled", "Not scheduled"),
                withClass(doc, "unscheduled-label").stream().map(Element::getTextContent).toList());
        assertEquals(1, withClass(doc, "progress-label").size(), "no progress label without a bar");
        // the milestone has a real date, so it is still drawn
        assertEquals(1, withClass(doc, "milestone").size());
    }

    @Test
    void whenNoInitiativeHasADateThereIsNoTimeAxisToInvent() {
        // given only undated rows
        List<GanttRow> rows = List.of(row("A", "", null, null, 0), row("B", "", null, null, 0));

        // when
        Document doc = parse(Gantt.svg(rows, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1), AS_OF, "g", ChartLabels.ENGLISH));

        // then rows and labels, but no ticks, no gridlines, no as-of marker, no bars
        assertEquals(2, withClass(doc, "unscheduled-label").size());
        assertEquals(List.of(), withClass(doc, "tick-label"));
        assertEquals(List.of(), withClass(doc, "grid"));
        assertEquals(List.of(), withClass(doc, "as-of"));
        assertEquals(List.of(), withClass(doc, "bar"));
    }

    @Test
    void escapesHostileNamesEverywhere() {
        // given
        String hostile = "<script>alert(1)</script> \"&' 🚀";
        GanttRow row = new GanttRow(hostile, "a.html?x=\"><script>", Optional.of(FROM), Optional.of(TO), OptionalDouble.of(5),
                "<evil>", List.of(new GanttRow.GanttMilestone(hostile, LocalDate.of(2026, 5, 1), false)));

        // when
        String svg = Gantt.svg(List.of(row), FROM, TO, AS_OF, "g\"><script>", ChartLabels.ENGLISH);

        // then
        Document doc = parse(svg);
        assertFalse(svg.contains("<script"));
        assertFalse(svg.contains("<evil"));
        Element label = withClass(doc, "row-label").get(0);
        assertEquals(hostile, titleOf(label));
        assertTrue(label.getTextContent().startsWith("<script>alert(1)</script>"));
        assertEquals(hostile + ": 2026-05-01 (open)", titleOf(withClass(doc, "milestone").get(0)));
        assertEquals("a.html?x=\"><script>", elements(doc, "a").get(0).getAttribute("href"));
        assertTrue(withClass(doc, "bar-group").get(0).getAttribute("class").contains("bar--evil-"));
    }

    @Test
    void shortensLongLabelsAndKeepsTheFullNameAsTitle() {
        // given
        String name = "Lean production programme for all three plants and the warehouse";

        // when
        Document doc = parse(Gantt.svg(List.of(row(name, "", "2026-01-01", "2026-06-30", 0)), FROM, TO, "g",
                ChartLabels.ENGLISH));

        // then
        Element label = withClass(doc, "row-label").get(0);
        assertEquals(name, titleOf(label));
        String shown = label.getTextContent().substring(titleOf(label).length());
        assertTrue(shown.endsWith("…"), shown);
        String kept = shown.substring(0, shown.length() - 1);
        assertTrue(name.startsWith(kept.strip()), "the label is the start of the name: " + shown);
        assertTrue(shown.length() < name.length(), "the label is shorter than the name: " + shown);
        assertTrue(kept.strip().length() >= 10, "the label keeps a readable start: " + shown);
    }

    @Test
    void saysNoDataWithoutRows() {
        Document doc = parse(Gantt.svg(List.of(), FROM, TO, AS_OF, "g", ChartLabels.ENGLISH));
        assertEquals("No data", withClass(doc, "no-data").get(0).getTextContent());
        assertEquals("Initiatives", byId(doc, "g-title").getTextContent());
    }

    @Test
    void buildsRowsFromInitiativesLeavingOutUndatedMilestones() {
        // given
        Initiative initiative = Initiative.builder().id("crm").name("CRM roll-out").status(InitiativeStatus.ON_HOLD)
                .start(Optional.of(FROM)).due(Optional.of(TO)).progress(OptionalDouble.of(30))
                .milestones(List.of(new Milestone("Pilot", Optional.of(LocalDate.of(2026, 4, 30)), true, Origin.at("i.md", 3)),
                        new Milestone("Someday", Optional.empty(), false, Origin.at("i.md", 4))))
                .origin(Origin.at("initiatives/crm.md", 1)).build();

        // when
        GanttRow row = GanttRow.of(initiative, "crm.html");

        // then
        assertEquals("CRM roll-out", row.label());
        assertEquals("on-hold", row.statusId());
        assertEquals(List.of(new GanttRow.GanttMilestone("Pilot", LocalDate.of(2026, 4, 30), true)), row.milestones());
        String svg = Gantt.svg(List.of(row), FROM, TO, AS_OF, "g", ChartLabels.ENGLISH);
        assertTrue(titleOf(withClass(parse(svg), "bar-group").get(0)).contains("On hold"));
    }

    @Test
    void producesTheSameTextOnEveryCallAndSwapsAReversedRange() {
        List<GanttRow> rows = List.of(row("CRM", "crm.html", "2026-02-03", "2026-08-09", 33.3));
        String first = Gantt.svg(rows, FROM, TO, AS_OF, "g", ChartLabels.ENGLISH);
        assertEquals(first, Gantt.svg(rows, FROM, TO, AS_OF, "g", ChartLabels.ENGLISH));
        assertEquals(first, Gantt.svg(rows, TO, FROM, AS_OF, "g", ChartLabels.ENGLISH));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} to {1}")
    @org.junit.jupiter.params.provider.CsvSource({"1900-01-01,9995-12-31", "1900-01-01,2100-12-31", "2026-01-01,9995-12-31",
            "1900-01-01,1960-12-31", "2020-01-01,2034-12-31"})
    void givenDatesCenturiesApartWhenDrawnThenTheSizeDoesNotGrowWithTheRange(String start, String due) {
        // given one initiative over the range, with a milestone
        GanttRow wide = row("Wide", "wide.html", start, due, 10,
                new GanttRow.GanttMilestone("M", LocalDate.parse(start).plusYears(30), false));
        // when drawn over its own range
        String svg = Gantt.svg(List.of(wide), LocalDate.parse(start), LocalDate.parse(due), AS_OF, "g", ChartLabels.ENGLISH);
        // then it has a bounded number of year lines, at least MIN_LINE_GAP apart, and stays small
        Document doc = parse(svg);
        List<Element> lines = withClass(doc, "grid-year");
        assertTrue(lines.size() >= 2 && lines.size() <= (600 - 184) / Gantt.MIN_LINE_GAP + 1, lines.size() + " year lines");
        for (int k = 1; k < lines.size(); k++) {
            assertTrue(number(lines.get(k), "x1") - number(lines.get(k - 1), "x1") >= Gantt.MIN_LINE_GAP - 0.01);
        }
        assertTrue(svg.length() < 12_000, svg.length() + " characters");
    }

    @Test
    void yearStepsAreRoundNumbersThatKeepLinesApart() {
        assertEquals(1, Gantt.yearStep(40));
        assertEquals(1, Gantt.yearStep(8));
        assertEquals(2, Gantt.yearStep(5));
        assertEquals(5, Gantt.yearStep(2));
        assertEquals(10, Gantt.yearStep(1));
        assertEquals(200, Gantt.yearStep(0.05));
    }
}
