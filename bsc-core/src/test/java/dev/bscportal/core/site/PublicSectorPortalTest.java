package dev.bscportal.core.site;

import dev.bscportal.core.presentation.ThemeColours;
import dev.bscportal.core.score.StatusHistory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.maps.MapText;
import dev.bscportal.core.maps.StrategyMapDot;
import dev.bscportal.core.score.Status;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal of a strategy that is not the example: a city council with its own four perspectives (residents on
 * top), five themes without colours, `order` keys, titles as owners, undated initiatives and no data. Everything
 * comes out in the order the author wrote.
 */
class PublicSectorPortalTest {

    static final Path FIXTURE = Path.of("src/test/resources/strategies/public-sector");

    static final List<String> PERSPECTIVES = List.of("citizens", "stewardship", "processes", "capacity");
    static final List<String> PERSPECTIVE_NAMES = List.of("Residents &amp; community", "Financial stewardship",
            "Internal processes", "Organisational capacity");
    static final List<String> THEMES = List.of("safe-streets", "homes", "green-city", "digital-services", "resilient-finances");
    /** Citizens by `order` (1, 2, 3), which is not the file-name order (affordable, safe, trusted). */
    static final List<String> TOP_ROW = List.of("safe-neighbourhoods", "affordable-homes", "trusted-services");
    static final List<String> MAP_ORDER = List.of("safe-neighbourhoods", "affordable-homes", "trusted-services",
            "balanced-budget", "external-funding", "value-for-money",
            "digital-first", "faster-planning", "fix-streets", "greener-operations", "joined-up-care",
            "modern-it", "one-council", "shared-data", "skilled-workforce");

    @TempDir
    static Path dir;
    static CheckResult checked;
    static Path site;

    @BeforeAll
    static void render() throws Exception {
        checked = StrategyDir.empty(FIXTURE).check();
        site = Files.createDirectories(dir.resolve("site"));
        new SiteRenderer(SiteOptions.defaults(), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), site, n -> { });
    }

    private static String page(String relative) throws Exception {
        return Files.readString(site.resolve(relative));
    }

    /** Each needle occurs in the text, and each after the one before it. */
    private static void assertInOrder(String text, List<String> needles) {
        int from = 0;
        for (String needle : needles) {
            int at = text.indexOf(needle, from);
            assertTrue(at >= 0, "'" + needle + "' missing after position " + from + " (expected order " + needles + ")");
            from = at + needle.length();
        }
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    @Test
    void theScorecardListsPerspectivesAndObjectivesInTheAuthoredOrder() throws Exception {
        // when the scorecard page is rendered
        String scorecard = page("scorecard.html");

        // then perspective rows come as declared, and objective rows within each by `order`, then file name
        assertInOrder(scorecard, PERSPECTIVE_NAMES);
        assertInOrder(scorecard, MAP_ORDER.stream().map(id -> "objectives/" + id + ".html").toList());
    }

    @Test
    void theMapHasOneRankPerDeclaredPerspectiveTopToBottomAndObjectivesInAuthoredOrder() {
        // given the map source of the company scorecard
        Scorecard company = checked.strategy().orElseThrow().company();
        Map<Status, String> names = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            names.put(s, s.label());
        }
        String dot = new StrategyMapDot(new MapText(names, "Score", "no score"))
                .scorecardMap(company, checked.scores().orElseThrow().company(), "").dot();

        // then the ranks are chained in declared order, and each objective sits in its own row, in order
        for (int i = 0; i + 1 < PERSPECTIVES.size(); i++) {
            assertTrue(dot.contains("\"row_" + PERSPECTIVES.get(i) + "\" -> \"row_" + PERSPECTIVES.get(i + 1) + "\""), dot);
        }
        assertInOrder(dot, PERSPECTIVES.stream().map(p -> "{ rank=same; \"row_" + p + "\"").toList());
        assertInOrder(dot, MAP_ORDER.stream().map(id -> "\"o_" + id + "\" [label=").toList());
        // and every arrow between rows goes up, so none of them loses its layout constraint as a downward one would
        int crossRow = 0;
        for (var o : company.objectives()) {
            for (String target : o.drives()) {
                if (!company.objective(target).orElseThrow().perspective().equals(o.perspective())) {
                    crossRow++;
                    Matcher edge = Pattern.compile("\"o_" + target + "\" -> \"o_" + o.id() + "\" \\[[^\\]]*\\]").matcher(dot);
                    assertTrue(edge.find(), o.id() + " -> " + target);
                    assertFalse(edge.group().contains("constraint=false"), "upward arrow treated as downward: " + edge.group());
                }
            }
        }
        assertTrue(crossRow >= 20, "arrows between rows: " + crossRow);
    }

    private static String mapDot() {
        Map<Status, String> names = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            names.put(s, s.label());
        }
        return new StrategyMapDot(new MapText(names, "Score", "no score"))
                .scorecardMap(checked.strategy().orElseThrow().company(), checked.scores().orElseThrow().company(), "").dot();
    }

    @Test
    void aRowWithNumberedObjectivesKeepsThemLeftToRightOnTheDrawnMap() throws Exception {
        // given the layout of the map by Graphviz dot
        String svg = Dot.required().layout(mapDot());

        // then the numbered top row runs 1, 2, 3 from left to right
        List<Double> x = new ArrayList<>();
        for (String id : TOP_ROW) {
            Matcher m = Pattern.compile("<title>o_" + id.replace("-", "&#45;") + "</title>[\\s\\S]*?<text[^>]*? x=\"(-?[0-9.]+)\"").matcher(svg);
            assertTrue(m.find(), id);
            x.add(Double.parseDouble(m.group(1)));
        }
        assertTrue(x.get(0) < x.get(1) && x.get(1) < x.get(2), "x of " + TOP_ROW + ": " + x);
        // and rows without numbers are left to the layout (no chain holds them)
        assertFalse(mapDot().contains("\"row_stewardship\" -> \"o_"), "a chain in a row without order");
    }

    @Test
    void mapBoxesShowOwnerMarkersPeopleRecogniseAndThemeColoursFromThePalette() {
        Scorecard company = checked.strategy().orElseThrow().company();
        Map<Status, String> names = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            names.put(s, s.label());
        }
        String dot = new StrategyMapDot(new MapText(names, "Score", "no score"))
                .scorecardMap(company, checked.scores().orElseThrow().company(), "").dot();

        for (String marker : List.of(" · Safety<", " · CFO<", " · VP People<", " · Head of IT<", " · Priya Raman<", " · HCS<",
                " · Chief Executive<")) {
            assertTrue(dot.contains(marker), marker);
        }
        assertFalse(Pattern.compile(" · [A-Z]{1}<").matcher(dot).find(), "a one-letter owner marker");
        for (String colour : ThemeColours.PALETTE.subList(0, 5)) {
            assertTrue(dot.contains("bgcolor=\"" + colour + "\""), colour);
        }
        assertFalse(dot.contains(ThemeColours.NEUTRAL), "a grey theme colour");
    }

    @Test
    void strategyJsonArraysFollowTheAuthoredOrderAndThemesHaveDistinctColours() throws Exception {
        JsonNode company = new ObjectMapper().readTree(page("strategy.json")).get("company");

        assertEquals(PERSPECTIVES, ids(company.get("perspectives")));
        assertEquals(THEMES, ids(company.get("themes")));
        assertEquals(MAP_ORDER, ids(company.get("objectives")));
        List<String> colours = new ArrayList<>();
        company.get("themes").forEach(t -> colours.add(t.get("colour").asText()));
        assertEquals(ThemeColours.PALETTE.subList(0, 5), colours);
        assertEquals(5, new HashSet<>(colours).size());
    }

    @Test
    void theHomePageShowsThemeCardsInTheAuthoredOrderEachInItsOwnColour() throws Exception {
        String home = page("index.html");

        assertInOrder(home, THEMES.stream().map(t -> "themes/" + t + ".html").toList());
        for (String colour : ThemeColours.PALETTE.subList(0, 5)) {
            assertTrue(home.contains("--theme:" + colour), colour);
        }
    }

    @Test
    void initiativesWithoutDatesAreListedAsNotScheduledAndGetNoBar() throws Exception {
        String list = page("initiatives/index.html");

        // then the Gantt draws two bars (the two dated initiatives) and says "Not scheduled" for the three others
        assertEquals(2, count(list, "<rect class=\"bar\""));
        assertEquals(3, count(list, "class=\"unscheduled-label\""));
        // and the table says so instead of empty dates
        assertEquals(3, count(list, "<td colspan=\"2\"><span class=\"tag tag-unscheduled\">Not scheduled</span></td>"));
        assertTrue(page("initiatives/council-homes-programme.html").contains("tag-unscheduled\">Not scheduled<"));
        assertTrue(page("objectives/affordable-homes.html").contains("tag-unscheduled\">Not scheduled<"));
        assertFalse(page("objectives/digital-first.html").contains("tag-unscheduled"), "a dated initiative");
    }

    @Test
    void theHeatmapRowsFollowTheMapOrder(@TempDir Path other) throws Exception {
        // given the same strategy once its first quarter of data is in
        Path city = TreeCopy.copy(FIXTURE, other.resolve("city"));
        StrategyDir strategy = StrategyDir.empty(city).write("measurements/2026.csv", """
                measure,period,value
                crime-rate,2026-Q1,78
                online-share,2026-01,48
                online-share,2026-02,50
                online-share,2026-03,52
                apprentices,2026-Q1,64
                budget-variance,2026-03,2.1
                """);
        CheckResult withData = strategy.check();
        Path out = Files.createDirectories(other.resolve("site"));
        new SiteRenderer(SiteOptions.defaults(), Optional.empty(), false)
                .render(withData.strategy().orElseThrow(), withData.scores().orElseThrow(), out, n -> { });

        // when the scorecard page is rendered, the heatmap is there
        String scorecard = Files.readString(out.resolve("scorecard.html"));
        int heatmap = scorecard.indexOf("<table class=\"heatmap\">");
        assertTrue(heatmap > 0, "no heatmap");

        // then its columns run from the first month with any data to the latest one, not six months back
        StatusHistory.Heatmap heat = new StatusHistory(withData.strategy().orElseThrow(), withData.scores().orElseThrow())
                .of(withData.strategy().orElseThrow().company());
        assertEquals(List.of("2026-01", "2026-02", "2026-03"), heat.periods().stream().map(Object::toString).toList());
        assertEquals(3, count(scorecard.substring(heatmap, scorecard.indexOf("</tr>", scorecard.indexOf("<tbody>", heatmap))),
                "<td class=\"heat "));

        // and its rows are the objectives in map order
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<tr><th scope=\"row\"><a href=\"objectives/([a-z-]+)\\.html\"")
                .matcher(scorecard.substring(heatmap));
        while (m.find()) {
            rows.add(m.group(1));
        }
        assertEquals(MAP_ORDER, rows);
    }

    @Test
    void aStrategyWithoutAnyDataShowsNoHeatmapOfGreyCellsEvenWithAReportingPeriodSet(@TempDir Path other) throws Exception {
        // given the city still baselining, once as it is and once with a reporting period in strategy.yaml
        Path city = TreeCopy.copy(FIXTURE, other.resolve("city"));
        Path yaml = city.resolve("strategy.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("horizon: 2025-2029", "horizon: 2025-2029\nas-of: 2026-06"));
        for (CheckResult result : List.of(checked, StrategyDir.empty(city).check())) {
            // when the status history is taken
            StatusHistory.Heatmap heat = new StatusHistory(result.strategy().orElseThrow(), result.scores().orElseThrow())
                    .of(result.strategy().orElseThrow().company());

            // then it has no columns (six grey ones before), so the page shows no heatmap
            assertEquals(List.of(), heat.periods());
        }
        assertFalse(page("scorecard.html").contains("class=\"heatmap\""));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
