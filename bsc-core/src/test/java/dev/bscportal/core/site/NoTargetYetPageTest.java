package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sparse fixture: a measure whose target is not set yet is shown as such and scored as no data. */
class NoTargetYetPageTest {

    @TempDir
    Path dir;

    @Test
    void aMeasureWithoutATargetYetSaysSoOnItsPagesAndIsNotScored() throws Exception {
        // given the sparse strategy, whose friends-and-family measure has a value but no target yet
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(Path.of("src/test/resources/strategies/sparse"));
        Path out = Files.createDirectories(dir.resolve("site"));

        // when its site is rendered
        new SiteRenderer(SiteOptions.defaults(), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });

        // then the build has the warning and no error, the measure is no-data, and its page and the scorecard say "no target yet"
        assertTrue(checked.errors().isEmpty(), checked.errors().toString());
        assertTrue(checked.warnings().stream().anyMatch(p -> p.code().code().equals("BSC118")
                && p.position().file().equals("measures/friends-and-family.yaml")));
        assertEquals("no-data", checked.scores().orElseThrow().company().measure("friends-and-family").status().id());
        String page = Files.readString(out.resolve("measures/friends-and-family.html"));
        assertTrue(page.contains("<span class=\"no-target\">no target yet</span>"), "measure page");
        assertTrue(page.contains("91%"), "its value is still shown, with its unit");
        assertTrue(Files.readString(out.resolve("scorecard.html")).contains("no target yet"), "scorecard");
        // and a measure that has a target does not say so
        assertFalse(Files.readString(out.resolve("measures/four-hour.html")).contains("no target yet"));
    }
}
