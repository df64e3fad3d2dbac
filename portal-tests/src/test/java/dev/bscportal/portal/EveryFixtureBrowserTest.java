package dev.bscportal.portal;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.score.ScorecardScores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every strategy fixture of bsc-core (src/test/resources/strategies/*) and the example, built and opened at
 * 1280 px and 390 px: home, the standalone company map, scorecard and one measure page (the first measure with
 * data, else the first). At 390 px the home, scorecard and measure pages do not scroll sideways and the status,
 * actual, target and score cells of the scorecard lie within the viewport. No page logs a console error. Every
 * map, on every page that shows one and as its standalone file, sits in a frame that fits its drawing. Every HTML
 * page of every site is no wider than a 390 px window.
 * Full-page screenshots go to target/screenshots/&lt;fixture&gt;-&lt;page&gt;-&lt;width&gt;.png, the maps' frames
 * and drawings measured to target/screenshots/map-frames.txt.
 */
class EveryFixtureBrowserTest {

    private static final Path FIXTURES = Path.of("../bsc-core/src/test/resources/strategies");
    private static final Path EXAMPLE = Path.of("../example-strategy/src/strategy");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final int[] WIDTHS = {1280, 390};

    /**
     * Fixtures left out because they need a branch not merged yet (keys this code does not know). Empty: every
     * fixture must build. (public-sector-baselining and sparse-data began as copies of public-sector and sparse made
     * before real-order and real-measures were merged; they stay as variants: objectives without {@code order}, a
     * measure with a target.)
     */
    private static final Set<String> NEEDS_OTHER_BRANCHES = Set.of();

    private static final Map<String, BuiltSite> SITES = new LinkedHashMap<>();
    private static ChromeDriver browser;

    @BeforeAll
    static void buildEveryFixture() throws Exception {
        browser = Chromium.start(1280, 900);
        List<Path> strategies;
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            strategies = dirs.filter(Files::isDirectory)
                    .filter(d -> !NEEDS_OTHER_BRANCHES.contains(d.getFileName().toString())).sorted().toList();
        }
        for (Path strategy : strategies) {
            String name = strategy.getFileName().toString();
            SITES.put(name, BuiltSite.build(strategy, Path.of("target/fixture-sites/" + name), localeOf(name)));
        }
        SITES.put("example", BuiltSite.build(EXAMPLE, Path.of("target/fixture-sites/example")));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** A fixture named {@code *-de} is written for a German site and built in German, the others in English. */
    static Locale localeOf(String fixture) {
        return fixture.endsWith("-de") ? Locale.GERMAN : Locale.ENGLISH;
    }

    /** The pages each fixture is looked at on: home, the company map, the scorecard, one measure. */
    private static Map<String, String> pagesOf(BuiltSite site) {
        ScorecardScores scores = site.checked().scores().orElseThrow().company();
        List<Measure> measures = site.checked().strategy().orElseThrow().company().measures();
        Measure shown = measures.stream().filter(m -> scores.measure(m.id()).actual().isPresent()).findFirst()
                .orElse(measures.get(0));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "index.html");
        pages.put("map", "maps/strategy-map.svg");
        pages.put("scorecard", "scorecard.html");
        pages.put("measure", "measures/" + shown.id() + ".html");
        return pages;
    }

    private static void resize(int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    private static void screenshot(String fixture, String page, int width) throws Exception {
        Long height = (Long) browser.executeScript("return Math.ceil(document.documentElement.scrollHeight);");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", Math.max(900, Math.min(height, 12_000)), "scale", 1);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.write(SCREENSHOTS.resolve(fixture + "-" + page + "-" + width + ".png"),
                Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static long sidewaysOverflow() {
        return (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    @Test
    void everyFixtureLoadsWithoutConsoleErrorsOrSidewaysScrollingAtDesktopAndPhoneWidth() throws Exception {
        List<String> problems = new ArrayList<>();
        try {
            for (Map.Entry<String, BuiltSite> entry : SITES.entrySet()) {
                String fixture = entry.getKey();
                BuiltSite site = entry.getValue();
                for (int width : WIDTHS) {
                    resize(width);
                    for (Map.Entry<String, String> page : pagesOf(site).entrySet()) {
                        String where = fixture + " " + page.getValue() + " at " + width + " px";
                        assertTrue(Files.isRegularFile(site.root().resolve(page.getValue())), where + " exists");
                        browser.get(site.url(page.getValue()));
                        for (LogEntry log : browser.manage().logs().get(LogType.BROWSER)) {
                            if (log.getLevel().intValue() >= Level.SEVERE.intValue()) {
                                problems.add(where + ": console error " + log.getMessage());
                            }
                        }
                        if (width == 390 && !page.getKey().equals("map")) {
                            long overflow = sidewaysOverflow();
                            if (overflow > 1) {
                                problems.add(where + ": scrolls sideways by " + overflow + " px");
                            }
                        }
                        screenshot(fixture, page.getKey(), width);
                    }
                }
            }
        } finally {
            resize(1280);
        }
        assertTrue(SITES.size() >= 4, "the fixtures and the example: " + SITES.keySet());
        assertEquals(List.of(), problems);
    }

    /**
     * Every HTML page of every fixture site and the example (every template: home, scorecard, perspectives,
     * objectives, measures, initiatives, OKRs, owners, reviews, changes, search, 404, theme and unit pages) opened
     * in a 390 px window: the page is no wider than the window ({@code document.documentElement.scrollWidth <= 390}).
     * A wide table or drawing must sit in a frame that pans on its own or be laid out as cards; the OKRs' key
     * results table once pushed the whole page 100 px wide. The elements sticking out are named in the failure.
     */
    @Test
    void givenEveryPageOfEveryFixtureWhenOpenedAtPhoneWidthThenTheDocumentIsNoWiderThanTheWindow() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try {
            resize(PHONE);
            for (Map.Entry<String, BuiltSite> entry : SITES.entrySet()) {
                for (Path page : entry.getValue().pages()) {
                    browser.get(page.toUri().toString());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> seen = (Map<String, Object>) browser.executeScript(WIDER_THAN_WINDOW, PHONE);
                    long width = ((Number) seen.get("width")).longValue();
                    if (width > PHONE) {
                        problems.add(entry.getKey() + " " + entry.getValue().root().relativize(page).toString().replace('\\', '/')
                                + ": " + width + " px wide at " + PHONE + " px, sticking out: " + seen.get("out"));
                    }
                    checked++;
                }
            }
        } finally {
            resize(1280);
        }
        assertTrue(checked >= 10 * SITES.size(), "every page of every site was opened: " + checked);
        assertEquals(List.of(), problems);
    }

    /**
     * A measure chart's legend ("Actual", "Target") is drawn no larger than its axis labels at 1280 and 390 px. The
     * map legend's rule ({@code .legend}, meant for the list under a map) also matched the chart's
     * {@code <g class="legend">} and drew its words at 14 of the chart's units instead of 11: about 25 px at 1280 px.
     */
    @Test
    void givenAMeasureChartWhenShownAtDesktopAndPhoneWidthThenItsLegendIsNoLargerThanItsAxisLabels() throws Exception {
        List<String> problems = new ArrayList<>();
        int charts = 0;
        try {
            for (Map.Entry<String, BuiltSite> entry : SITES.entrySet()) {
                for (int width : WIDTHS) {
                    resize(width);
                    browser.get(entry.getValue().url(pagesOf(entry.getValue()).get("measure")));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> sizes = (Map<String, Object>) browser.executeScript(
                            "var legend = document.querySelector('svg.chart .legend-label'), tick = document.querySelector('svg.chart .tick-label');"
                            + "if (!legend || !tick) { return null; }"
                            + "return {legend: parseFloat(getComputedStyle(legend).fontSize), tick: parseFloat(getComputedStyle(tick).fontSize)};");
                    if (sizes == null) {
                        continue;
                    }
                    charts++;
                    if (number(sizes, "legend") > number(sizes, "tick")) {
                        problems.add(entry.getKey() + " at " + width + " px: legend " + sizes.get("legend") + " px, axis labels "
                                + sizes.get("tick") + " px (of the chart's units)");
                    }
                }
            }
        } finally {
            resize(1280);
        }
        assertTrue(charts >= SITES.size(), "most sites' measure page has a chart with a legend: " + charts);
        assertEquals(List.of(), problems);
    }

    /**
     * At 1280 and 390 px the scorecard's heatmap panel stands apart from the scorecard table above it (at least
     * 16 px between them; it was glued to the table's last row), and at 390 px the search page's field is at least
     * half the window wide (it shared its line with its label and the button and was about 100 px wide).
     */
    @Test
    void givenTheScorecardAndSearchPagesWhenShownThenTheHeatmapStandsApartAndTheSearchFieldIsWide() {
        List<String> problems = new ArrayList<>();
        int heatmaps = 0;
        try {
            for (Map.Entry<String, BuiltSite> entry : SITES.entrySet()) {
                for (int width : WIDTHS) {
                    resize(width);
                    browser.get(entry.getValue().url("scorecard.html"));
                    Number gap = (Number) browser.executeScript(
                            "var heat = document.querySelector('table.heatmap');"
                            + "var panel = heat ? heat.closest('.panel') : null, above = panel ? panel.previousElementSibling : null;"
                            + "return above ? panel.getBoundingClientRect().top - above.getBoundingClientRect().bottom : null;");
                    if (gap != null) {
                        heatmaps++;
                        if (gap.doubleValue() < 16) {
                            problems.add(entry.getKey() + " scorecard.html at " + width + " px: the heatmap panel is "
                                    + gap + " px below the table");
                        }
                    }
                }
                resize(PHONE);
                browser.get(entry.getValue().url("search.html"));
                Number field = (Number) browser.executeScript(
                        "return document.querySelector('.search-page-form input').getBoundingClientRect().width;");
                if (field.doubleValue() < PHONE / 2.0) {
                    problems.add(entry.getKey() + " search.html at " + PHONE + " px: the search field is " + field + " px wide");
                }
            }
        } finally {
            resize(1280);
        }
        assertTrue(heatmaps >= 2, "some scorecards have a heatmap: " + heatmaps);
        assertEquals(List.of(), problems);
    }

    private static final int PHONE = 390;

    /**
     * The document's width, and the first few elements whose right edge lies beyond the window, outermost first
     * (not those inside a frame that scrolls or clips on its own: they do not widen the page).
     */
    private static final String WIDER_THAN_WINDOW = "var w = arguments[0], out = [];"
            + "function inFrame(e) { for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {"
            + "  if (getComputedStyle(p).overflowX !== 'visible') { return true; } } return false; }"
            + "document.querySelectorAll('body *').forEach(function (e) {"
            + "  var r = e.getBoundingClientRect();"
            + "  if (out.length < 5 && r.width > 0 && r.right > w + 1 && !inFrame(e)) {"
            + "    var c = typeof e.className === 'string' ? e.className : (e.getAttribute('class') || '');"
            + "    out.push(e.localName + (c ? '.' + c.trim().split(/\\s+/).join('.') : '') + ' to ' + Math.round(r.right) + ' px'); } });"
            + "return {width: document.documentElement.scrollWidth, out: out};";

    @Test
    void atPhoneWidthTheScorecardShowsStatusActualTargetAndScoreOfEveryMeasureWithinTheScreen() {
        List<String> problems = new ArrayList<>();
        try {
            resize(390);
            for (Map.Entry<String, BuiltSite> entry : SITES.entrySet()) {
                browser.get(entry.getValue().url("scorecard.html"));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> cells = (List<Map<String, Object>>) browser.executeScript(
                        "var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('table.scorecard tr.row-measure td[data-label]').forEach(function (td) {"
                        + "  var r = td.getBoundingClientRect();"
                        + "  out.push({label: td.getAttribute('data-label'), left: r.left, right: r.right, width: r.width,"
                        + "            height: r.height, w: w, row: td.parentElement.querySelector('th').textContent.trim()}); });"
                        + "return out;");
                Set<String> labels = new java.util.TreeSet<>();
                for (Map<String, Object> cell : cells) {
                    labels.add((String) cell.get("label"));
                    double left = ((Number) cell.get("left")).doubleValue();
                    double right = ((Number) cell.get("right")).doubleValue();
                    double viewport = ((Number) cell.get("w")).doubleValue();
                    boolean shown = ((Number) cell.get("width")).doubleValue() > 0 && ((Number) cell.get("height")).doubleValue() > 0;
                    if (!shown || left < 0 || right > viewport + 1) {
                        problems.add(entry.getKey() + " '" + cell.get("row") + "' " + cell.get("label") + " at "
                                + Math.round(left) + ".." + Math.round(right) + " of " + Math.round(viewport) + " px");
                    }
                }
                boolean hasData = entry.getValue().checked().scores().orElseThrow().company().measures().values().stream()
                        .anyMatch(r -> r.score().isPresent());
                boolean german = localeOf(entry.getKey()).equals(Locale.GERMAN);
                Set<String> expected = hasData
                        ? (german ? Set.of("Status", "Ist", "Ziel", "Punkte") : Set.of("Status", "Actual", "Target", "Score"))
                        : (german ? Set.of("Status", "Ziel") : Set.of("Status", "Target"));
                assertTrue(labels.containsAll(expected), entry.getKey() + ": the columns each measure shows: " + labels);
            }
        } finally {
            resize(1280);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void atPhoneWidthTheHomePageOffersTheObjectivesByPerspectiveBeforeTheMapAndTheMapTextStaysLegible() {
        List<String> problems = new ArrayList<>();
        try {
            for (Map.Entry<String, BuiltSite> entry : SITES.entrySet()) {
                int objectives = entry.getValue().checked().strategy().orElseThrow().company().objectives().size();
                for (int width : WIDTHS) {
                    resize(width);
                    browser.get(entry.getValue().url("index.html"));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> seen = (Map<String, Object>) browser.executeScript(
                            "var list = document.querySelector('.map-list'), map = document.querySelector('figure.map');"
                            + "var text = map ? map.querySelector('svg.strategy-map .objective text') : null;"
                            + "return {shown: list !== null && list.offsetHeight > 0, items: list ? list.querySelectorAll('li').length : 0,"
                            + " before: list !== null && map !== null && (list.compareDocumentPosition(map) & 4) !== 0,"
                            + " textPx: text ? text.getBoundingClientRect().height : -1};");
                    boolean shown = (Boolean) seen.get("shown");
                    String where = entry.getKey() + " at " + width + " px";
                    if (width == 390 && !(shown && (Boolean) seen.get("before") && ((Number) seen.get("items")).intValue() == objectives)) {
                        problems.add(where + ": the list of " + objectives + " objectives is not offered before the map: " + seen);
                    }
                    if (width == 1280 && shown) {
                        problems.add(where + ": the phone list shows on a desktop");
                    }
                    double textPx = ((Number) seen.get("textPx")).doubleValue();
                    if (width == 390 && textPx < 9) {
                        problems.add(where + ": an objective's name on the map is " + textPx + " px high (-1: no map drawn)");
                    }
                }
            }
        } finally {
            resize(1280);
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Every map the site shows, on every page that shows one (home, theme pages, unit homes, its own maps/*.html page) and as its standalone
     * SVG file (company, themes, units, alignment), at 1280 and 390 px: the map's frame (the page's
     * {@code .map-canvas}, or the standalone file's root {@code svg}) is no taller than the drawing (the box of
     * Graphviz's graph group) plus {@link #SLACK_POINTS} of the map's own units at the scale it is drawn and the
     * frame's sideways scroll bar, and the page does not scroll sideways. At 390 px an objective's name on a page's
     * map is at least 9 px high (the standalone file is scaled to the window: see docs/maps.md). On main every
     * standalone map failed at both widths: its root, without a height, was as high as the window (startup-okrs'
     * one-objective map: a 900 px frame for a 59 px drawing).
     */
    @Test
    void givenEveryFixtureWhenItsMapsAreShownAtDesktopAndPhoneWidthThenEachFrameFitsItsDrawing() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try {
            for (Map.Entry<String, BuiltSite> entry : SITES.entrySet()) {
                List<String> pages = mapPages(entry.getValue());
                for (int width : WIDTHS) {
                    resize(width);
                    for (String page : pages) {
                        browser.get(entry.getValue().url(page));
                        String where = entry.getKey() + " " + page + " at " + width + " px";
                        @SuppressWarnings("unchecked")
                        List<Map<String, Object>> maps = (List<Map<String, Object>>) browser.executeScript(MAP_BOXES);
                        if (maps.isEmpty()) {
                            problems.add(where + ": no map drawn");
                        }
                        boolean standalone = page.endsWith(".svg");
                        for (Map<String, Object> map : maps) {
                            double frame = number(map, "frame");
                            double drawn = number(map, "drawn");
                            double allowed = drawn + SLACK_POINTS * number(map, "pxPerUnit") + number(map, "scrollBar") + 1;
                            String line = where + " '" + map.get("name") + "': frame " + Math.round(frame) + " px high for a "
                                    + Math.round(drawn) + " px drawing (at most " + Math.round(allowed) + "; "
                                    + Math.round(number(map, "frameWidth")) + " px wide for " + Math.round(number(map, "drawnWidth"))
                                    + ", smallest objective text " + map.get("text") + " px)";
                            seen.add(line);
                            if (drawn <= 0 || frame > allowed) {
                                problems.add(line);
                            }
                            if (width == 390 && !standalone && number(map, "text") < 9) {
                                problems.add(line + ": objective names too small to read");
                            }
                        }
                        long overflow = sidewaysOverflow();
                        if (overflow > 1) {
                            problems.add(where + ": scrolls sideways by " + overflow + " px");
                        }
                    }
                }
            }
        } finally {
            resize(1280);
        }
        Files.write(SCREENSHOTS.resolve("map-frames.txt"), seen);
        assertTrue(seen.size() >= 2 * 2 * SITES.size(), "every site's maps were measured on a page and standalone: " + seen);
        assertEquals(List.of(), problems);
    }

    /**
     * What a frame may have beyond its drawing, in the map's units (points): Graphviz's pad (7.2 above and below)
     * and the empty part of a perspective's row label at the top or bottom row (the label is text in a taller node).
     */
    private static final double SLACK_POINTS = 40;

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    /**
     * For each map on the page (or the standalone SVG itself): its frame's and its drawing's box, the pixels one
     * unit of its viewBox is drawn at, the frame's scroll bar and its smallest objective text.
     */
    private static final String MAP_BOXES = "var out = [];"
            + "function measure(frame, svg) {"
            + "  var g = svg.querySelector('g.graph'), f = frame.getBoundingClientRect(), d = g ? g.getBoundingClientRect() : {height: 0, width: 0};"
            + "  var vb = svg.viewBox.baseVal, s = svg.getBoundingClientRect();"
            + "  var text = -1; svg.querySelectorAll('.objective text').forEach(function (t) {"
            + "    var h = t.getBoundingClientRect().height; if (h > 0 && (text < 0 || h < text)) { text = Math.round(h * 10) / 10; } });"
            + "  out.push({name: svg.getAttribute('aria-label'), frame: f.height, drawn: d.height, frameWidth: f.width,"
            + "            drawnWidth: d.width, pxPerUnit: vb && vb.width > 0 ? Math.min(s.width / vb.width, s.height / vb.height) : 0,"
            + "            scrollBar: frame === svg ? 0 : frame.offsetHeight - frame.clientHeight, text: text}); }"
            + "var root = document.documentElement;"
            + "if (root.localName === 'svg') { measure(root, root); } else {"
            + "  document.querySelectorAll('figure.map .map-canvas, .map-full').forEach(function (c) {"
            + "    var svg = c.querySelector('svg'); if (svg) { measure(c, svg); } }); }"
            + "return out;";

    /**
     * The pages that show a map (those with a map canvas, and each map's own page maps/*.html), and every standalone
     * map file (maps/*.svg, units' too).
     */
    private static List<String> mapPages(BuiltSite site) throws Exception {
        List<String> pages = new ArrayList<>();
        for (Path html : site.pages()) {
            String text = Files.readString(html);
            if (text.contains("class=\"map-canvas\"") || text.contains("class=\"map-full\"")) {
                pages.add(site.root().relativize(html).toString().replace('\\', '/'));
            }
        }
        try (Stream<Path> files = Files.walk(site.root())) {
            files.filter(f -> f.toString().endsWith(".svg") && f.getParent().getFileName().toString().equals("maps")).sorted()
                    .forEach(f -> pages.add(site.root().relativize(f).toString().replace('\\', '/')));
        }
        return pages;
    }

    /**
     * At 1280 px nothing of the home page, the scorecard or the OKRs is hidden behind a sideways scroll bar or cut
     * off: no table box scrolls (the status at a glance of a German site, whose long column heads once pushed
     * "Keine Daten" and the score out of a 1280 px screen), and the search field's placeholder is shown whole
     * ("Search objectives, measures, people" ended in "peopl").
     */
    @Test
    void atDesktopWidthNoTableScrollsSidewaysAndTheSearchPlaceholderIsShownWhole() {
        List<String> problems = new ArrayList<>();
        resize(1280);
        for (Map.Entry<String, BuiltSite> entry : SITES.entrySet()) {
            for (String page : List.of("index.html", "scorecard.html", "okrs/index.html")) {
                if (!Files.isRegularFile(entry.getValue().root().resolve(page))) {
                    continue;
                }
                browser.get(entry.getValue().url(page));
                @SuppressWarnings("unchecked")
                List<String> cut = (List<String>) browser.executeScript(
                        "var out = [];"
                        + "document.querySelectorAll('main .table-wrap, main table').forEach(function (e) {"
                        + "  if (e.offsetWidth > 0 && e.scrollWidth > e.clientWidth + 1) {"
                        + "    out.push((e.className || e.tagName) + ' scrolls ' + (e.scrollWidth - e.clientWidth) + ' px'); } });"
                        + "document.querySelectorAll('input[placeholder]').forEach(function (i) {"
                        + "  var st = getComputedStyle(i), c = document.createElement('canvas').getContext('2d');"
                        + "  c.font = st.font;"
                        + "  var room = i.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight);"
                        + "  var need = c.measureText(i.placeholder).width;"
                        + "  if (need > room + 1) { out.push('placeholder \\'' + i.placeholder + '\\' needs ' + Math.ceil(need) + ' px, has ' + Math.floor(room)); } });"
                        + "return out;");
                cut.forEach(c -> problems.add(entry.getKey() + " " + page + ": " + c));
            }
        }
        assertEquals(List.of(), problems);
    }
}
