package dev.bscportal.core.render.map;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.render.RenderException;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded engine needs nothing installed and gives the same SVG for the same map every time. */
class VizJsLayoutTest {

    @Test
    void rendersTheExampleMapIdenticallyTwentyTimesInOneJvm() throws RenderException {
        Optional<VizJsLayout> engine = VizJsLayout.start();
        Assumptions.assumeTrue(engine.isPresent(), "no J2V8 build for this platform");
        CheckResult checked = StrategyDir.empty(Path.of("../example-strategy/src/strategy")).check();
        MapSource source = new StrategyMapDot(StrategyMapDotTest.english())
                .scorecardMap(checked.strategy().orElseThrow().company(), checked.scores().orElseThrow().company(), "");

        Set<String> outputs = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            outputs.add(engine.get().layout(source.dot()));
        }

        assertEquals(1, outputs.size(), "distinct layouts of one map");
        String svg = outputs.iterator().next();
        assertEquals(checked.strategy().orElseThrow().company().objectives().size(),
                svg.split("class=\"node objective", -1).length - 1, "one box per objective");
        assertTrue(MapSvg.clean(svg, "map", source.titles()).contains("aria-label=\"map\""));
    }
}
