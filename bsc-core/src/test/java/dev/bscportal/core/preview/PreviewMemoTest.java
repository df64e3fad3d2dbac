package dev.bscportal.core.preview;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.site.IncrementalEditsTest;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.SameFiles;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A preview session keeps memos between rebuilds (parsed files, measure results, Markdown, the digests of page inputs,
 * maps: {@code site.RenderMemo}). Whatever it kept, each rebuild must write exactly what a build from scratch writes,
 * and report the same problems: the author's edits of {@link IncrementalEditsTest}, made one after the other in one
 * session, each compared with a check and a render without any memo, file by file and byte by byte.
 */
class PreviewMemoTest {

    private static final Map<String, Path> FIXTURES = IncrementalEditsTest.FIXTURES;

    @TempDir
    static Path shared;

    private static MapLayout layout;

    @TempDir
    Path dir;

    @BeforeAll
    static void graphviz() {
        layout = Dot.cached(shared.resolve("map-cache"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"example", "public-sector", "airline", "sparse"})
    void givenEveryKindOfEditInARow_whenOnePreviewSessionRebuildsAfterEach_thenEachSiteIsByteForByteABuildFromScratch(
            String fixture) throws Exception {
        // given one preview session of a strategy (a template folder beside it, for the edit of a label)
        Path strategy = TreeCopy.copy(FIXTURES.get(fixture), dir.resolve("src/strategy"));
        Path templates = Files.createDirectories(dir.resolve("src/templates"));
        SiteOptions options = SiteOptions.defaults().withTemplateOverrides(templates);
        PreviewBuild session = preview(strategy, options, dir.resolve("session"));
        assertTrue(session.run().succeeded());

        // when the author makes every kind of edit, one after the other, and the session rebuilds after each
        List<String> made = new ArrayList<>();
        for (var edit : IncrementalEditsTest.authorEdits().entrySet()) {
            if (edit.getValue().apply(strategy, options).isEmpty()) {
                continue; // nothing of that kind left in this strategy after the edits before
            }
            made.add(edit.getKey());
            PreviewBuild.Outcome rebuilt = session.run();

            // then the rebuild is what a render without any memo writes, and reports the same problems
            CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(strategy);
            assertEquals(describe(checked.problems()), describe(rebuilt.problems()), "after " + made);
            assertTrue(rebuilt.succeeded(), "after " + made + ": " + rebuilt.problems());
            SameFiles.assertSame(withoutMemo(checked, options), rebuilt.site().orElseThrow());
        }
        assertTrue(made.size() >= 10, "most kinds of edit apply to " + fixture + ": " + made);
    }

    @Test
    void givenAWarningInAFile_whenOtherFilesAreEditedAndTheFileIsNotReadAgain_thenEveryRebuildReportsItWithFileAndLineUntilFixed()
            throws Exception {
        Path strategy = TreeCopy.copy(FIXTURES.get("example"), dir.resolve("src/strategy"));
        PreviewBuild session = preview(strategy, SiteOptions.defaults(), dir.resolve("session"));
        Path objective = firstObjective(strategy);
        String clean = Files.readString(objective);
        Files.writeString(objective, clean + "\n![chart](https://charts.example.com/q3.png)\n");
        String warned = describe(session.run().problems()).stream().filter(p -> p.contains("BSC117")).findFirst().orElseThrow();
        assertTrue(warned.contains("objectives/" + objective.getFileName()), warned);

        // when other files change twice (the warned file is taken from the memo, not parsed again)
        Path csv = strategy.resolve("units/sales/measurements/sales.csv");
        Files.writeString(csv, Files.readString(csv).replace("pipeline-value,2024-12,8.5,", "pipeline-value,2024-12,9.5,"));
        List<String> second = describe(session.run().problems());
        Files.writeString(csv, Files.readString(csv).replace("pipeline-value,2024-12,9.5,", "pipeline-value,2024-12,9.6,"));
        List<String> third = describe(session.run().problems());

        // then each rebuild reports the warning as the first did; once fixed, it is gone
        assertTrue(second.contains(warned), second.toString());
        assertTrue(third.contains(warned), third.toString());
        Files.writeString(objective, clean);
        assertFalse(describe(session.run().problems()).stream().anyMatch(p -> p.contains("BSC117")));
    }

    @Test
    void givenAnErrorInAFile_whenAnotherFileIsEdited_thenThePreviewStillStopsOnItAndAfterTheFixBuildsWhatAFreshSessionBuilds()
            throws Exception {
        Path strategy = TreeCopy.copy(FIXTURES.get("example"), dir.resolve("src/strategy"));
        PreviewBuild session = preview(strategy, SiteOptions.defaults(), dir.resolve("session"));
        assertTrue(session.run().succeeded());
        Path objective = firstObjective(strategy);
        String clean = Files.readString(objective);
        Files.writeString(objective, clean.replaceFirst("\nname: ", "\nname: [unclosed\nname: "));
        PreviewBuild.Outcome broken = session.run();
        assertFalse(broken.succeeded());
        List<String> errors = describe(broken.problems().stream().filter(Problem::isError).toList());
        assertFalse(errors.isEmpty());

        Path csv = strategy.resolve("units/sales/measurements/sales.csv");
        Files.writeString(csv, Files.readString(csv).replace("pipeline-value,2024-12,8.5,", "pipeline-value,2024-12,9.5,"));
        PreviewBuild.Outcome stillBroken = session.run();

        assertFalse(stillBroken.succeeded());
        assertEquals(errors, describe(stillBroken.problems().stream().filter(Problem::isError).toList()));
        Files.writeString(objective, clean);
        PreviewBuild.Outcome fixed = session.run();
        assertTrue(fixed.succeeded(), String.valueOf(fixed.problems()));
        SameFiles.assertSame(withoutMemo(new StrategyChecker(CheckOptions.DEFAULTS).check(strategy), SiteOptions.defaults()),
                fixed.site().orElseThrow());
    }

    /** The site a renderer without any memo (and without a site before it) writes. */
    private Path withoutMemo(CheckResult checked, SiteOptions options) throws Exception {
        return MemolessBuild.site(layout, checked, options, dir);
    }

    private static PreviewBuild preview(Path strategy, SiteOptions options, Path scratch) throws IOException {
        return MemolessBuild.session(layout, strategy, options, scratch);
    }

    private static Path firstObjective(Path strategy) throws IOException {
        try (var files = Files.list(strategy.resolve("objectives"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    private static List<String> describe(List<Problem> problems) {
        return MemolessBuild.describe(problems);
    }
}
