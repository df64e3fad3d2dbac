package dev.bscportal.core.preview;

import dev.bscportal.core.build.BuildException;
import dev.bscportal.core.build.BuildLog;
import dev.bscportal.core.build.BuildOptions;
import dev.bscportal.core.build.SiteBuild;
import dev.bscportal.core.site.RenderReport;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview builds through the same pipeline as bsc:build, and a rebuild renders only what an edit touched. */
class PreviewBuildTest {

    @TempDir
    Path dir;

    private PreviewBuild preview(Path strategy) throws BuildException {
        BuildOptions options = BuildOptions.builder(strategy, dir.resolve("target/strategy-site")).baseDirectory(dir)
                .workDirectory(dir.resolve("target")).build();
        return new PreviewBuild(new SiteBuild(options, BuildLog.silent()), dir.resolve("target/bsc-preview"));
    }

    @Test
    void givenTheExample_whenOneMeasurementIsEdited_thenTheRebuildKeepsMostPagesAndShowsTheNewValue() throws Exception {
        Path strategy = TreeCopy.copy(Path.of("../example-strategy/src/strategy"), dir.resolve("src/strategy"));
        PreviewBuild build = preview(strategy);
        PreviewBuild.Outcome first = build.run();
        assertTrue(first.succeeded(), String.valueOf(first.problems()));
        RenderReport full = build.lastReport().orElseThrow();
        assertEquals(0, full.pagesKept(), "the first preview renders every page");

        Path csv = strategy.resolve("units/sales/measurements/sales.csv");
        Files.writeString(csv, Files.readString(csv).replace("pipeline-value,2024-12,8.5,", "pipeline-value,2024-12,9.5,"));
        PreviewBuild.Outcome second = build.run();

        assertTrue(second.succeeded(), String.valueOf(second.problems()));
        RenderReport rebuilt = build.lastReport().orElseThrow();
        assertEquals(full.pages(), rebuilt.pages());
        assertTrue(rebuilt.pagesKept() > full.pages() / 2, "kept " + rebuilt.pagesKept() + " of " + rebuilt.pages());
        assertTrue(rebuilt.pagesKept() < rebuilt.pages(), "the pages showing the measurement are rendered again");
        assertTrue(Files.readString(second.site().orElseThrow().resolve("units/sales/measures/pipeline-value.html")).contains("9.5"));
    }

    @Test
    void givenAStrategyWithAnError_whenPreviewed_thenNoSiteIsMadeAndTheErrorIsListed() throws Exception {
        Path strategy = TreeCopy.copy(Path.of("src/test/resources/strategies/sparse-data"), dir.resolve("src/strategy"));
        Files.writeString(strategy.resolve("strategy.yaml"), "name: [unclosed\n");

        PreviewBuild.Outcome outcome = preview(strategy).run();

        assertFalse(outcome.succeeded());
        assertTrue(outcome.problems().stream().anyMatch(p -> p.isError()), String.valueOf(outcome.problems()));
    }

    @Test
    void givenAnUnknownMapEngine_whenThePreviewIsSetUp_thenItStopsWithTheEngineMessage() {
        BuildOptions options = BuildOptions.builder(dir.resolve("src/strategy")).engine("neato").build();

        BuildException refused = assertThrows(BuildException.class,
                () -> new PreviewBuild(new SiteBuild(options, BuildLog.silent()), dir.resolve("scratch")));

        assertTrue(refused.getMessage().contains("use auto, dot or embedded"), refused.getMessage());
    }
}
