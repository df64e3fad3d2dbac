package dev.bscportal.core.site;

import dev.bscportal.core.testing.BuiltSite;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers at the edges of what a strategy may hold (±1e15, 1e-308, the smallest double, -0, values equal to
 * thresholds at huge magnitude, the smallest and largest weights): the site builds, shows no infinity, NaN or
 * negative zero, and every SVG is well-formed XML.
 */
class ExtremeNumbersRenderTest {

    @TempDir
    Path dir;

    @Test
    void aStrategyWithExtremeButValidNumbersBuildsASiteWithoutInfinityOrNaNAnywhere() {
        // given measures at huge and tiny magnitudes and extreme weights
        StrategyDir s = StrategyDir.valid(dir.resolve("src"));
        s.write("objectives/f1.md", "---\nname: Objective f1\nperspective: financial\nweight: 1000000\nowner: O\n---\nWhy.\n");
        s.write("objectives/c1.md", "---\nname: Objective c1\nperspective: customer\nweight: 0.000001\ndrives: [f1]\n---\nWhy.\n");
        s.write("measures/revenue.yaml", "name: Huge revenue\nobjectives:\n  - id: f1\n    weight: 1000000\n"
                + "decimals: 6\nthreshold: -1e15\ntarget: 9.99e14\nstretch: 1e15\nbaseline: -1e15\n"
                + "measurements:\n  2026-05: 1e15\n  2026-06: -1e15\n  2026-07: 9.99e14\n");
        s.write("measures/nps.yaml", "name: Tiny nps\nobjectives:\n  - id: c1\n    weight: 0.000001\ndecimals: 6\n"
                + "threshold: 1e-308\ntarget: 2e-308\nstretch: 3e-308\nmeasurements:\n  2026-05: 4.9e-324\n  2026-06: -0.0\n  2026-07: 1e-308\n");
        s.write("measures/defects.yaml", "name: Negative zero defects\nobjective: p1\npolarity: lower-is-better\n"
                + "threshold: 0.1\ntarget: -0.0\nstretch: -0.1\nmeasurements:\n  2026-07: -0.0\n  2026-06: -0.04\n");
        s.write("measurements/actuals.csv", "measure,period,value\ntraining,2026-06,-1e15\ntraining,2026-07,1e15\n"
                + "training,2026-08,-0\ntraining,2026-09,8\n");

        // when the site is built
        BuiltSite site = BuiltSite.render(s, dir.resolve("site"));

        // then no file holds an infinity, NaN or a negative zero as a shown value, and every SVG parses
        assertEquals(List.of(), site.filesContaining("Infinity"));
        assertEquals(List.of(), site.filesContaining("NaN"));
        assertEquals(List.of(), site.filesContaining("∞"));
        // a negative zero shown as a value: "-0", "-0.0", "-0.00" ... (a real -0.04 is a value, not a zero)
        assertEquals(List.of(), site.filesMatching(java.util.regex.Pattern.compile(">\\s*-0([.,]0+)?[\\s\\u00a0]*(<|&|%|\\u00a0)")));
        assertTrue(site.svgCount() > 10, "charts, sparklines and maps were drawn: " + site.svgCount());
        assertEquals(List.of(), site.svgsThatDoNotParse());
        assertEquals(List.of(), site.brokenLinks());
    }
}
