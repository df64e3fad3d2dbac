package dev.bscportal.core.preview;

import dev.bscportal.core.build.BuildException;
import dev.bscportal.core.build.BuildLog;
import dev.bscportal.core.build.BuildOptions;
import dev.bscportal.core.build.SiteBuild;
import dev.bscportal.core.options.SiteSettings;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.site.RenderReport;
import dev.bscportal.core.testing.StrategyDir;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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
    void givenEditsOfEveryKind_whenThePreviewRebuildsAfterEach_thenItsSiteIsByteForByteWhatAFullBuildPublishes() throws Exception {
        // given the example, previewed once (later rebuilds keep unchanged pages and reuse the parsed templates)
        Path strategy = TreeCopy.copy(Path.of("../example-strategy/src/strategy"), dir.resolve("src/strategy"));
        PreviewBuild build = preview(strategy);
        assertTrue(build.run().succeeded());
        Path objective;
        try (var files = Files.list(strategy.resolve("objectives"))) {
            objective = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Path csv = strategy.resolve("units/sales/measurements/sales.csv");
        java.util.Map<String, Runnable> edits = new java.util.LinkedHashMap<>();
        edits.put("an objective's text", () -> append(objective, "\nA sentence added in the preview.\n"));
        edits.put("a unit's measurement", () -> replace(csv, "pipeline-value,2024-12,8.5,", "pipeline-value,2024-12,9.5,"));
        edits.put("an objective's name", () -> replace(objective, "\nname: ", "\nname: Renamed "));
        edits.put("nothing (a save without a change)", () -> { });
        for (var edit : edits.entrySet()) {
            // when the strategy is edited and the preview rebuilds
            edit.getValue().run();
            PreviewBuild.Outcome outcome = build.run();
            assertTrue(outcome.succeeded(), edit.getKey() + ": " + outcome.problems());
            // then every file equals what bsc:build (without briefing books, as the preview) publishes from scratch
            Path reference = dir.resolve("reference-" + edit.getValue().hashCode());
            BuildOptions options = BuildOptions.builder(strategy, reference).baseDirectory(dir)
                    .workDirectory(reference.resolveSibling(reference.getFileName() + "-work")).books(null).build();
            new SiteBuild(options, BuildLog.silent()).build();
            assertEquals(tree(reference), tree(outcome.site().orElseThrow()), "after editing " + edit.getKey());
        }
    }

    private static void append(Path file, String text) {
        replace(file, null, text);
    }

    private static void replace(Path file, String what, String with) {
        try {
            String before = Files.readString(file);
            String after = what == null ? before + with : before.replace(what, with);
            if (what != null && after.equals(before)) {
                throw new IllegalStateException(file + " has no " + what);
            }
            Files.writeString(file, after);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every file of a site by its path, as the SHA-256 of its bytes (the digest record of bsc:build left out). */
    private static java.util.Map<String, String> tree(Path root) throws Exception {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(f).toString().replace('\\', '/');
                byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                files.put(relative, java.util.HexFormat.of().formatHex(sha));
            }
        }
        return files;
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
    void givenATemplateOverrideThatFails_whenThePreviewBuilds_thenBsc174NamesTheTemplateAndTheLastSiteStays() throws Exception {
        // given a preview with a template override folder, built once with a working home page
        Path strategy = StrategyDir.valid(dir.resolve("src/strategy")).path();
        Path templates = Files.createDirectories(dir.resolve("src/site-template/templates"));
        BuildOptions options = BuildOptions.builder(strategy, dir.resolve("target/strategy-site")).baseDirectory(dir)
                .workDirectory(dir.resolve("target"))
                .site(new SiteSettings(null, "en", Optional.of(templates.getParent()), null, null, null, null, false)).build();
        PreviewBuild build = new PreviewBuild(new SiteBuild(options, BuildLog.silent()), dir.resolve("target/bsc-preview"));
        Path good = build.run().site().orElseThrow();

        // when the home page's override uses a value that does not exist
        Files.writeString(templates.resolve("home.ftlh"), "<p>${noSuchValue}</p>\n");
        PreviewBuild.Outcome outcome = build.run();

        // then the build fails with the preview's rendering code, naming the template, and the first site is still there
        assertFalse(outcome.succeeded());
        Problem failure = outcome.problems().get(0);
        assertTrue(failure.describe().startsWith("BSC174 "), failure.describe());
        assertTrue(failure.message().contains("home.ftlh") && failure.message().contains("noSuchValue"), failure.message());
        assertFalse(failure.format().contains("UTF-8"), "no hint about the file's encoding: " + failure.format());
        assertTrue(Files.isRegularFile(good.resolve("index.html")));

        // and when the override is repaired, the next build succeeds again
        Files.delete(templates.resolve("home.ftlh"));
        assertTrue(build.run().succeeded());
    }

    @Test
    void givenAnUnknownMapEngine_whenThePreviewIsSetUp_thenItStopsWithTheEngineMessage() {
        BuildOptions options = BuildOptions.builder(dir.resolve("src/strategy")).engine("neato").build();

        BuildException refused = assertThrows(BuildException.class,
                () -> new PreviewBuild(new SiteBuild(options, BuildLog.silent()), dir.resolve("scratch")));

        assertTrue(refused.getMessage().contains("use auto, dot or embedded"), refused.getMessage());
    }

    @Test
    void givenSiteFoldersLeftByAnEarlierSession_whenThePreviewBuilds_thenNoFileOfThemIsInItsSites() throws Exception {
        // given the scratch folder of a preview that was stopped before it deleted its replaced sites
        Path strategy = StrategyDir.valid(dir.resolve("src/strategy")).path();
        Path scratch = dir.resolve("target/bsc-preview");
        for (String stale : new String[] {"site-1/gone.html", "site-1/measures/gone.html", "site-1/measures/nps.html",
                "site-2/index.html", "site-2/old-folder/deep/page.html", "site-3/stale.svg"}) {
            Files.createDirectories(scratch.resolve(stale).getParent());
            Files.writeString(scratch.resolve(stale), "stale from an earlier session");
        }
        PreviewBuild build = preview(strategy);

        // when the new session builds three times
        for (int i = 1; i <= 3; i++) {
            Path site = build.run().site().orElseThrow();

            // then each site holds only what this build wrote
            assertEquals(scratch.resolve("site-" + i), site);
            assertFalse(Files.exists(site.resolve("gone.html")) || Files.exists(site.resolve("measures/gone.html"))
                    || Files.exists(site.resolve("old-folder")) || Files.exists(site.resolve("stale.svg")), site.toString());
            try (var files = Files.walk(site)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).contains("stale from an earlier session"), f.toString());
                }
            }
        }
    }
}
