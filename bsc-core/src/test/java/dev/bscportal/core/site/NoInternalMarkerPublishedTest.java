package dev.bscportal.core.site;

import dev.bscportal.core.testing.BuiltSite;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No internal placeholder reaches a published file: the maps' link placeholder {@code bsc-root:} (which the
 * published DOT files kept), and the node ids the DOT gives Graphviz as tooltips, to be replaced after layout.
 * Every file of the site of every fixture strategy and of the example is searched; the published DOT's links
 * resolve from the DOT file's folder to a page of the site.
 */
class NoInternalMarkerPublishedTest {

    private static final List<Pattern> MARKERS = List.of(Pattern.compile("bsc-root:"),
            Pattern.compile("xlink:title=\"(?:o_[a-z0-9&#;-]+|n\\d+)\""));
    private static final Pattern DOT_URL = Pattern.compile("URL=\"([^\"]*)\"");

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../example-strategy/src/strategy", "src/test/resources/strategies/airline",
            "src/test/resources/strategies/public-sector",
            "src/test/resources/strategies/public-sector-baselining", "src/test/resources/strategies/sparse",
            "src/test/resources/strategies/sparse-data",
            "src/test/resources/strategies/landesamt-de", "src/test/resources/strategies/startup-okrs"})
    void givenAFixtureWhenPublishedThenNoFileHoldsAnInternalMarkerAndDotLinksResolve(String fixture) throws IOException {
        // given the fixture, when its site is rendered
        BuiltSite site = BuiltSite.render(StrategyDir.empty(Path.of(fixture)), out);
        // then no file holds a marker
        for (Pattern marker : MARKERS) {
            assertEquals(List.of(), site.filesMatching(marker), "files with " + marker);
        }
        // and every link of every published DOT file leads from its folder to a file of the site
        List<String> dots = site.files().stream().filter(f -> f.endsWith(".dot")).toList();
        assertTrue(!dots.isEmpty(), "the site publishes its maps' DOT");
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (String dot : dots) {
            Matcher m = DOT_URL.matcher(site.read(dot));
            while (m.find()) {
                links++;
                Path target = site.root().resolve(dot).getParent().resolve(m.group(1)).normalize();
                if (!target.startsWith(site.root()) || !Files.isRegularFile(target)) {
                    broken.add(dot + " -> " + m.group(1));
                }
            }
        }
        assertTrue(links > 0, "the DOT files link their objectives");
        assertEquals(List.of(), broken);
    }
}
