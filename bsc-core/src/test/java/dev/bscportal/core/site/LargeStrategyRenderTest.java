package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.testing.LargeStrategy;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scale check, not a timing test: the home page of a strategy of 2,000 objectives stays small. Run with
 * {@code -Dlarge.objectives=10000} to build a larger one; the phases' times are printed, not asserted.
 */
class LargeStrategyRenderTest {

    @TempDir
    Path dir;

    @Test
    void theHomePageOfAStrategyWithThousandsOfObjectivesStaysSmall() throws Exception {
        int objectives = Integer.getInteger("large.objectives", 2000);
        StrategyDir s = LargeStrategy.write(dir.resolve("src"), objectives);

        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
        long t0 = System.nanoTime();
        CheckResult checked = s.check();
        assertTrue(checked.errors().isEmpty(), checked.errors().toString());
        long t1 = System.nanoTime();
        Path out = Files.createDirectories(dir.resolve("site"));
        RenderReport report = new SiteRenderer(SiteOptions.defaults(), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });
        long t2 = System.nanoTime();
        long cpu = (os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0) - cpu0;
        long home = Files.size(out.resolve("index.html"));
        System.out.printf("LARGE %d objectives: check %.1f s, render %.1f s (%d pages), CPU %.1f s, home page %,d bytes,"
                + " scorecard %,d bytes%n", objectives, (t1 - t0) / 1e9, (t2 - t1) / 1e9, report.pages(), cpu / 1e9, home,
                Files.size(out.resolve("scorecard.html")));

        assertTrue(home < 1_000_000, "home page of " + home + " bytes");
    }
}
