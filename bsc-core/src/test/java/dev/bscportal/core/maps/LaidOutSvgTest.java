package dev.bscportal.core.maps;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A laid-out map goes into pages and books as it is, so only SVG that holds what Graphviz writes for our DOT is
 * taken: every map of every fixture strategy passes, and each way a tampered map cache entry could carry script,
 * styles, outside references or ids that shadow the page's is refused, laid out again and reported.
 */
class LaidOutSvgTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "width=\"80pt\" height=\"40pt\" viewBox=\"0.00 0.00 80.00 40.00\">";
    private static final String NODE = "<g id=\"node1\" class=\"node objective status&#45;watch\"><title>o_f1</title>"
            + "<g id=\"a_node1\"><a xlink:href=\"bsc-root:units/sales/objectives/f1.html\" xlink:title=\"o_f1\">"
            + "<path fill=\"#fff1c2\" stroke=\"#a06a00\" stroke-width=\"1.6\" d=\"M60,-36C60,-36 12,-36 12,-36Z\"/>"
            + "<text text-anchor=\"start\" x=\"20\" y=\"-14.8\" font-family=\"Helvetica,Arial,sans-serif\" "
            + "font-size=\"11.00\">Grow &amp; &lt;keep&gt;</text></a></g></g>";

    /** One engine for the class: its first map compiles the engine's code in this JVM. */
    private static final WasmLayout EMBEDDED = new WasmLayout();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"airline", "cjk-names", "landesamt-de", "public-sector", "public-sector-baselining", "sparse",
            "sparse-data", "startup-okrs"})
    void everyMapOfEveryFixtureStrategyIsTaken(String fixture) throws Exception {
        // given a fixture strategy laid out by Graphviz dot into a map cache
        CheckResult checked = StrategyDir.empty(Path.of("src/test/resources/strategies", fixture)).check();
        Path cache = dir.resolve("cache");

        // when every map of it is drawn
        Map<String, RenderedMap> maps = draw(checked, new CachingLayout(Dot.required(), cache));

        // then each map the engine wrote passed the check (or drawing would have failed), and so does each cached file
        assertFalse(maps.isEmpty());
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> entries = files.toList();
            assertFalse(entries.isEmpty());
            for (Path entry : entries) {
                assertEquals(Optional.empty(), LaidOutSvg.refusal(Files.readString(entry)), entry.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"airline", "cjk-names", "landesamt-de", "public-sector", "public-sector-baselining", "sparse",
            "sparse-data", "startup-okrs"})
    void everyMapTheEmbeddedEngineDrawsOfEveryFixtureIsTaken(String fixture) throws Exception {
        CheckResult checked = StrategyDir.empty(Path.of("src/test/resources/strategies", fixture)).check();

        Map<String, RenderedMap> maps = draw(checked, EMBEDDED);

        assertFalse(maps.isEmpty());
    }

    @Test
    void aMapOfOurShapeIsTaken() {
        assertEquals(Optional.empty(), LaidOutSvg.refusal(OPEN + "<g id=\"graph0\" class=\"graph\" "
                + "transform=\"scale(1 1) rotate(0) translate(4 36)\">" + NODE + "</g></svg>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<g onload=\"alert(1)\"/>",
            "<g id=\"node2\" class=\"node\" style=\"background:url(https://evil.example/x)\"/>",
            "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>",
            "<image xlink:href=\"https://evil.example/track.png\"/>",
            "<use xlink:href=\"#node1\"/>",
            "<animate attributeName=\"href\" to=\"javascript:alert(1)\"/>",
            "<set attributeName=\"onclick\" to=\"alert(1)\"/>",
            "<style>a{}</style>",
            "<a xlink:href=\"javascript:alert(1)\"><text>x</text></a>",
            "<a xlink:href=\"java&#x09;script&#58;alert(1)\"><text>x</text></a>",
            "<a href=\"https://evil.example/\"><text>x</text></a>",
            "<a xlink:href=\"bsc-root:../../../etc/objectives/x.html\"><text>x</text></a>",
            "<a xlink:href=\"bsc-root:objectives/x.html?next=https://evil.example\"><text>x</text></a>",
            "<a xlink:href=\"bsc-root:objectives/x.html\" target=\"_blank\"><text>x</text></a>",
            "<g id=\"search\"/>",
            "<g id=\"node1\" fill=\"url(https://evil.example/p.svg#x)\"/>",
            "<g xmlns:h=\"http://www.w3.org/1999/xhtml\"/>",
            "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script>",
            "<text><![CDATA[<script>]]></text>",
            "<?xml-stylesheet href=\"https://evil.example/s.css\"?>",
            "<text xml:base=\"https://evil.example/\">x</text>",
            "<a xlink:href=\"bsc-root:objectives/x.html\" xlink:show=\"new\"><text>x</text></a>",
    })
    void whatAMapNeverHoldsIsRefused(String inside) {
        Optional<String> refusal = LaidOutSvg.refusal(OPEN + inside + "</svg>");

        assertTrue(refusal.isPresent(), inside);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "not svg at all",
            "<svg xmlns=\"http://www.w3.org/2000/svg\">",
            "<svg>no namespace</svg>",
            "<!DOCTYPE svg [<!ENTITY e \"<script>alert(1)</script>\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&e;</svg>",
            "<!DOCTYPE svg SYSTEM \"file:///etc/passwd\"><svg xmlns=\"http://www.w3.org/2000/svg\">&passwd;</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
            // MapSvg cleans from the first "<svg" of the text: one hidden before the root would become the root
            "<!-- <svg onload=\"alert(1)\"><script>alert(2)</script> --><svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>",
            "<!-- <SVG onload=alert(1)> --><svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>",
            "<!DOCTYPE svg SYSTEM \"<svg onload=alert(1)>\"><svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>",
            "<!--<svg onload=alert(1)>--><s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:g/></s:svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><g><svg onload=\"alert(1)\"/></g></svg>",
            "<g xmlns=\"http://www.w3.org/2000/svg\"/>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:f=\"http://www.w3.org/1999/xlink\"><a f:href=\"bsc-root:objectives/x.html\"/></svg>",
    })
    void whatIsNotOneWellFormedSvgIsRefused(String svg) {
        assertTrue(LaidOutSvg.refusal(svg).isPresent(), svg);
    }

    @Test
    void aTamperedCacheEntryIsLaidOutAgainReplacedAndReported() throws Exception {
        // given a map laid out into a cache, then its entry rewritten with a script
        Path cache = dir.resolve("cache");
        String dot = "digraph g { node [shape=box]; a -> b }";
        String fresh = new CachingLayout(Dot.required(), cache).layout(dot);
        Path entry;
        try (Stream<Path> files = Files.list(cache)) {
            entry = files.findFirst().orElseThrow();
        }
        Files.writeString(entry, fresh.replace("</svg>", "<script>alert(1)</script></svg>"), StandardCharsets.UTF_8);

        // when a later build lays the same map out
        CachingLayout later = new CachingLayout(Dot.required(), cache);
        String svg = later.layout(dot);

        // then it gets Graphviz's map, not the entry, the entry is replaced, and the build can say which and why
        assertEquals(fresh, svg);
        assertEquals(fresh, Files.readString(entry));
        assertEquals(1, later.laidOut());
        assertEquals(0, later.cacheHits());
        assertEquals(1, later.refusedEntries().size());
        assertTrue(later.refusedEntries().get(0).startsWith(entry + ": "), later.refusedEntries().toString());
        assertTrue(later.refusedEntries().get(0).contains("<script>"), later.refusedEntries().toString());
    }

    private static Map<String, RenderedMap> draw(CheckResult checked, MapLayout layout) throws IOException, MapException {
        assertTrue(checked.strategy().isPresent(), checked.errors().toString());
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            return new StrategyMaps(StrategyMapDotTest.english(), layout, false)
                    .render(checked.strategy().get(), checked.scores().orElseThrow(), executor);
        } finally {
            executor.shutdown();
        }
    }
}
