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
        if (engine.isEmpty()) {
            // J2V8 ships a build for linux x86_64, which CI runs on: there a missing engine is a broken engine
            String message = "the J2V8 engine did not start on " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch");
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                org.junit.jupiter.api.Assertions.fail(message + " (CI=true, so this test may not be skipped)");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
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
