package dev.bscportal.core.render;

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

        assertTrue(report.pages() > 10, report.toString());
        assertTrue(Files.exists(out.resolve("index.html")));
        assertTrue(Files.readString(out.resolve("objectives/c1.html")).contains("Objective c1"));
    }
}
