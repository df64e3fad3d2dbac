package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteRendererTest {

    @TempDir
    Path dir;

    @Test
    void rendersEveryPageOfASmallStrategy() throws Exception {
        CheckResult checked = StrategyDir.valid(dir.resolve("src")).check();
        Path out = Files.createDirectories(dir.resolve("site"));

        RenderReport report = new SiteRenderer(SiteOptions.defaults(), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });

        java.util.List<String> pages;
        try (java.util.stream.Stream<Path> files = Files.walk(out)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).map(f -> out.relativize(f).toString()).sorted().toList();
        }
        // one page per element of the strategy, per owner, and the fixed pages
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("404.html", "index.html",
                "initiatives/academy.html", "initiatives/index.html",
                "measures/defects.html", "measures/nps.html", "measures/revenue.html", "measures/training.html",
                "objectives/c1.html", "objectives/f1.html", "objectives/l1.html", "objectives/p1.html",
                "okrs/index.html", "owners/index.html", "owners/lars.html", "owners/owner-c1.html", "owners/owner-f1.html",
                "owners/owner-l1.html", "owners/owner-p1.html",
                "perspectives/customer.html", "perspectives/financial.html", "perspectives/internal.html",
                "perspectives/learning.html", "reviews/index.html", "scorecard.html", "search.html", "themes/growth.html"),
                pages, report.toString());
        org.junit.jupiter.api.Assertions.assertEquals(pages.size(), report.pages(), "the report counts what was written");
        assertTrue(Files.exists(out.resolve("index.html")));
        assertTrue(Files.readString(out.resolve("objectives/c1.html")).contains("Objective c1"));
    }
}
