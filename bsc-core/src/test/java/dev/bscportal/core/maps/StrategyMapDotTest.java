package dev.bscportal.core.maps;

import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.text.Xml;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.score.Status;
import dev.bscportal.core.score.StrategyScores;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrategyMapDotTest {

    private static final Path EXAMPLE = Path.of("../example-strategy/src/strategy");

    @TempDir
    Path dir;

    static MapText english() {
        Map<Status, String> names = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            names.put(s, s.label());
        }
        return new MapText(names, "Score", "no score");
    }

    private static CheckResult example() {
        return StrategyDir.empty(EXAMPLE).check();
    }

    @Test
    void hasOneRowPerPerspectiveInOrderOneNodePerObjectiveAndOneEdgePerArrow() {
        CheckResult checked = example();
        Strategy strategy = checked.strategy().orElseThrow();
        StrategyScores scores = checked.scores().orElseThrow();

        String dot = new StrategyMapDot(english()).scorecardMap(strategy.company(), scores.company(), "").dot();

        int arrows = strategy.company().objectives().stream().mapToInt(o -> o.drives().size()).sum();
        assertEquals(arrows, count(dot, "class=\"drives\""));
        for (var o : strategy.company().objectives()) {
            assertEquals(1, count(dot, "\"o_" + o.id() + "\" [label="), o.id());
            assertTrue(dot.contains("URL=\"bsc-root:objectives/" + o.id() + ".html\""), o.id());
        }
        List<String> rows = List.of("row_financial", "row_customer", "row_internal", "row_learning");
        assertTrue(dot.indexOf("\"row_financial\" -> \"row_customer\"") > 0);
        assertTrue(dot.indexOf("\"row_customer\" -> \"row_internal\"") > 0);
        assertTrue(dot.indexOf("\"row_internal\" -> \"row_learning\"") > 0);
        for (String row : rows) {
            assertEquals(1, count(dot, "{ rank=same; \"" + row + "\""), row);
        }
    }

    @Test
    void rendersRowsTopToBottomInPerspectiveOrderWithNativeDot() throws MapException {
        NativeDotLayout dot = Dot.required();
        CheckResult checked = example();
        Strategy strategy = checked.strategy().orElseThrow();

        MapSource source = new StrategyMapDot(english()).scorecardMap(strategy.company(), checked.scores().orElseThrow().company(), "");
        String svg = dot.layout(source.dot());

        Map<String, Double> rowY = new java.util.HashMap<>();
        Matcher m = Pattern.compile("<title>row_(\\w+)</title>\\s*<text[^>]*y=\"(-?[0-9.]+)\"").matcher(svg);
        while (m.find()) {
            rowY.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        assertTrue(rowY.get("financial") < rowY.get("customer"), rowY.toString());
        assertTrue(rowY.get("customer") < rowY.get("internal"), rowY.toString());
        assertTrue(rowY.get("internal") < rowY.get("learning"), rowY.toString());
        assertEquals(strategy.company().objectives().size(), count(svg, "class=\"node objective"));
        String cleaned = MapSvg.clean(svg, "map", source.titles());
        for (var o : strategy.company().objectives()) {
            assertTrue(cleaned.contains("<title>" + Xml.text(o.name()) + ": Score "), "tooltip title of " + o.id());
        }
    }

    @Test
    void hostileNamesCannotBreakTheDotSourceAndRenderAsText() throws MapException {
        NativeDotLayout dot = Dot.required();
        String hostile = "Grow \"fast\" } ]; <b>evil</b> & co \\N 🚀 增长 </title><script>alert(1)</script>";
        StrategyDir strategy = StrategyDir.valid(dir).write("objectives/f1.md", "---\nname: '" + hostile.replace("'", "''")
                + "'\nperspective: financial\nowner: \"Zoë O'Brien\"\n---\n");
        CheckResult checked = strategy.check();

        MapSource source = new StrategyMapDot(english()).scorecardMap(checked.strategy().orElseThrow().company(),
                checked.scores().orElseThrow().company(), "");
        String svg = MapSvg.clean(dot.layout(source.dot()), "map", source.titles());

        assertFalse(svg.contains("<script>"), "markup in names stays text");
        assertFalse(svg.contains("<b>evil"), "markup in names stays text");
        assertTrue(svg.contains("增长"), "CJK survives");
        assertTrue(svg.contains("🚀"), "emoji survives");
        assertTrue(svg.contains("&amp; co"), "ampersand escaped once");
        assertTrue(svg.contains("<title>Grow &quot;fast&quot;") || svg.contains("<title>Grow \"fast\""), "tooltip title holds the name");
    }

    @Test
    void nativeDotIsByteIdenticalOverTwentyRenders() throws MapException {
        NativeDotLayout dot = Dot.required();
        CheckResult checked = example();
        String source = new StrategyMapDot(english()).scorecardMap(checked.strategy().orElseThrow().company(),
                checked.scores().orElseThrow().company(), "").dot();

        Set<String> outputs = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            outputs.add(dot.layout(source));
        }
        assertEquals(1, outputs.size());
    }

    @Test
    void theCacheLaysOutEachDistinctGraphOnce() throws MapException {
        int[] calls = {0};
        MapLayout counting = new MapLayout() {
            @Override
            public String name() {
                return "counting 1";
            }

            @Override
            public String layout(String dot) {
                calls[0]++;
                return "<svg xmlns=\"http://www.w3.org/2000/svg\">" + dot.length() + "</svg>";
            }
        };
        CachingLayout first = new CachingLayout(counting, dir.resolve("cache"));
        first.layout("digraph a {}");
        first.layout("digraph b {}");
        CachingLayout second = new CachingLayout(counting, dir.resolve("cache"));

        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\">12</svg>", second.layout("digraph a {}"));
        assertEquals(2, calls[0]);
        assertEquals(0, second.laidOut());
        assertEquals(1, second.cacheHits());
    }

    @Test
    void hostileOwnerLabelsAndShortOwnersAreEscapedInTheBoxLabel() {
        // given owner markers that try to close the HTML-like label or the attribute
        StrategyDir strategy = StrategyDir.valid(dir)
                .write("objectives/f1.md", "---\nname: Grow\nperspective: financial\nowner-label: \"<b>x</b>]&\\\"\"\ndrives: []\n---\n")
                .write("objectives/c1.md", "---\nname: Keep\nperspective: customer\nowner: \"<script>\"\ndrives: [f1]\n---\n");
        CheckResult checked = strategy.check();

        String dot = new StrategyMapDot(english()).scorecardMap(checked.strategy().orElseThrow().company(),
                checked.scores().orElseThrow().company(), "").dot();

        assertTrue(dot.contains(" · &lt;b&gt;x&lt;/b&gt;&#93;&amp;&quot;<"), dot);
        assertTrue(dot.contains(" · &lt;script&gt;<"), dot);
        assertFalse(dot.contains("<script>") || dot.contains("<b>x"), dot);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
