package dev.bscportal.core.site;

import dev.bscportal.core.export.StrategyJson;
import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.testing.StrategyDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A calculated measure's page shows its expression and trail; strategy.json carries both. */
class CalculatedMeasurePageTest {

    @TempDir
    Path dir;

    private CheckResult strategy() {
        StrategyDir s = StrategyDir.valid(dir.resolve("strategy"));
        s.write("measures/headcount.yaml", "name: Headcount\nobjective: l1\ntarget: 100\n");
        s.write("measurements/people.csv", "measure,period,value\nheadcount,2026-08,40\nheadcount,2026-09,0\n");
        s.write("measures/revenue-per-head.yaml", "name: Revenue per head\nobjective: f1\nunit: \"EUR k\"\ncalc: revenue / headcount\ntarget: 2\n");
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(s.path());
        assertTrue(checked.errors().isEmpty(), checked.errors().toString());
        return checked;
    }

    @Test
    void theMeasurePageShowsTheExpressionAndEachPeriodsInputsAndResultOrWhyThereIsNone() throws Exception {
        CheckResult checked = strategy();
        Path out = Files.createDirectories(dir.resolve("site"));

        new SiteRenderer(SiteOptions.defaults(), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });

        Document page = Jsoup.parse(out.resolve("measures/revenue-per-head.html").toFile());
        assertEquals("revenue / headcount", page.selectFirst("code.calc-expression").text());
        Element trail = page.selectFirst("table.calc-trail");
        assertEquals(List.of("Period", "revenue", "headcount", "Calculated value"), trail.select("thead th").eachText());
        List<String> rows = trail.select("tbody tr").stream().map(tr -> String.join(" | ", tr.select("th, td").eachText()).replace('\u00a0', ' ')).toList();
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).endsWith("| 104 | 0 | no value: division by zero"), rows.get(0));
        assertTrue(rows.get(1).endsWith("| 100 | 40 | 2.5 EUR k"), rows.get(1));
        // the calculated value is the measure's actual like any recorded one
        assertTrue(page.select("table.values:not(.calc-trail) tbody td").eachText().stream().anyMatch(t -> t.replace('\u00a0', ' ').equals("2.5 EUR k")));
    }

    @Test
    void strategyJsonCarriesTheExpressionInputsAndTrailAndWithoutActualsOnlyTheExpression() {
        CheckResult checked = strategy();

        String json = StrategyJson.write(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), true).replaceAll("\\s+", "");
        String withheld = StrategyJson.write(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), false).replaceAll("\\s+", "");

        assertTrue(json.contains("\"calc\":{\"expression\":\"revenue/headcount\",\"inputs\":[\"revenue\",\"headcount\"],\"trail\":["
                + "{\"period\":\"2026-08\",\"inputs\":[100.0,40.0],\"result\":2.5,\"reason\":\"none\"},"
                + "{\"period\":\"2026-09\",\"inputs\":[104.0,0.0],\"result\":null,\"reason\":\"division-by-zero\"}]}"), json);
        assertTrue(withheld.contains("\"calc\":{\"expression\":\"revenue/headcount\",\"inputs\":[\"revenue\",\"headcount\"]}"), withheld);
    }
}
