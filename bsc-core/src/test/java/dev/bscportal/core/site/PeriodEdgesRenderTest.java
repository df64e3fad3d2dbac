package dev.bscportal.core.site;

import dev.bscportal.core.score.StatusHistory;
import dev.bscportal.core.testing.BuiltSite;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Strategies whose data sit at the first and the last supported period build like any other. */
class PeriodEdgesRenderTest {

    @TempDir
    Path dir;

    /** A valid strategy whose measures are monthly, weekly, quarterly and yearly with data at the given periods. */
    private StrategyDir strategyAt(String asOf, String month, String week, String quarter, String year,
            String start, String due) {
        StrategyDir s = StrategyDir.valid(dir.resolve("src"));
        s.write("strategy.yaml", "name: Edge Company\nas-of: " + asOf + "\n");
        s.write("measurements/actuals.csv", "measure,period,value\nrevenue," + month + ",100\nnps," + week
                + ",31\ndefects," + quarter + ",4\ntraining," + year + ",9\n");
        s.write("measures/nps.yaml", "name: Weekly nps\nobjective: c1\nfrequency: weekly\nthreshold: 20\ntarget: 30\nstretch: 40\n");
        s.write("measures/defects.yaml", "name: Quarterly defects\nobjective: p1\nfrequency: quarterly\n"
                + "polarity: lower-is-better\nthreshold: 10\ntarget: 5\nstretch: 2\n"
                + "targets:\n  - period: " + quarter + "\n    threshold: 9\n    target: 5\n    stretch: 2\n");
        s.write("measures/training.yaml", "name: Yearly training\nobjective: l1\nfrequency: yearly\nthreshold: 4\ntarget: 8\nstretch: 12\n"
                + "baseline:\n  value: 3\n  period: \"" + year + "\"\n");
        s.write("initiatives/academy.md", "---\nname: Academy\nowner: Lars\nstatus: active\nobjectives: [l1]\nstart: " + start
                + "\ndue: " + due + "\nmilestones:\n  - name: Edge\n    due: " + due + "\n---\nTrain.\n");
        s.write("okrs/" + quarter + ".yaml", "objectives:\n  - id: o1\n    name: Edge okr\n    supports: [c1]\n");
        s.write("reviews/" + quarter + ".md", "---\ndate: " + start + "\n---\nMinutes.\n");
        return s;
    }

    @Test
    void aStrategyAtTheFirstSupportedPeriodBuildsWithAShorterHistory() {
        // given data and as-of in the very first supported periods (nothing exists before them)
        StrategyDir s = strategyAt("1900-01", "1900-01", "1900-W01", "1900-Q1", "1900", "1900-01-01", "1900-03-31");

        // when the site is built
        BuiltSite site = BuiltSite.render(s, dir.resolve("site"));

        // then every page is written, the heatmap has the one period there is, and every link resolves
        assertEquals(4, heatCells(site), "four objectives, one period each");
        assertEquals(java.util.List.of(), site.brokenLinks());
        assertEquals(java.util.List.of(), site.svgsThatDoNotParse());
    }

    @Test
    void aStrategyAtTheLastSupportedPeriodBuilds() {
        // given data and as-of in the very last supported periods (nothing exists after them)
        StrategyDir s = strategyAt("9995-12", "9995-12", "9995-W52", "9995-Q4", "9995", "9995-10-01", "9995-12-31");

        BuiltSite site = BuiltSite.render(s, dir.resolve("site"));

        assertEquals(4 * StatusHistory.PERIODS, heatCells(site), "four objectives, six periods each");
        assertEquals(java.util.List.of(), site.brokenLinks());
        assertEquals(java.util.List.of(), site.svgsThatDoNotParse());
    }

    private static int heatCells(BuiltSite site) {
        return site.read("scorecard.html").split("class=\"heat status-", -1).length - 1;
    }

    @Test
    void anInitiativeSpanningTheWholeSupportedRangeGivesABoundedTimeline() {
        // given an initiative from the first to the last supported day
        StrategyDir s = strategyAt("2026-01", "2026-01", "2026-W01", "2026-Q1", "2026", "1900-01-01", "9995-12-31");

        BuiltSite site = BuiltSite.render(s, dir.resolve("site"));

        // then the timeline page stays small (axis ticks are bounded, not one per month of 8,000 years)
        String page = site.read("initiatives/academy.html");
        assertTrue(page.length() < 200_000, "initiative page of " + page.length() + " chars");
        assertEquals(java.util.List.of(), site.brokenLinks());
    }
}
