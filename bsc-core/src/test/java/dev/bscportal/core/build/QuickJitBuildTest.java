package dev.bscportal.core.build;

import dev.bscportal.core.book.BookSize;
import dev.bscportal.core.maps.CachingLayout;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.maps.NativeDotLayout;
import dev.bscportal.core.maps.WasmLayout;
import dev.bscportal.core.options.SiteSettings;
import dev.bscportal.core.preview.PreviewBuild;
import dev.bscportal.core.presentation.BookUnits;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bsc:build and bsc:book with {@code quickJit} (C2 left out while they run, {@link QuickJit}): the directive is in
 * force while the example renders and gone afterwards, also when the build fails (a check error, BSC187, a failing
 * template, bsc:book's BSC187); the site and its books are the same bytes as without it; a build with nothing to do
 * and the preview never add it.
 */
class QuickJitBuildTest {

    private static final String ADDED = "C2 left out while this build runs (compiler directive added)";
    private static final String REMOVED = "C2 back on (compiler directive removed)";

    @TempDir
    Path dir;

    private Path example(String name) throws Exception {
        return TreeCopy.copy(Path.of("../example-strategy/src/strategy"), dir.resolve(name + "/src/strategy"));
    }

    private static BuildOptions.Builder options(Path strategy, boolean quickJit) {
        Path project = strategy.getParent().getParent();
        return BuildOptions.builder(strategy, project.resolve("target/strategy-site")).baseDirectory(project)
                .workDirectory(project.resolve("target")).books(BookSize.A4).quickJit(quickJit);
    }

    /** A log that also counts the JVM's directives each time pages are reported written (during the render). */
    private static final class CountingLog implements BuildLog {
        final List<Integer> during = new ArrayList<>();
        final RecordingLog log = new RecordingLog();

        @Override
        public void info(String line) {
            log.info(line);
        }

        @Override
        public void warn(String line) {
            log.warn(line);
        }

        @Override
        public void debug(String line) {
            log.debug(line);
        }

        @Override
        public void pagesWritten(int pages) {
            try {
                during.add(QuickJitTest.directives());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void givenQuickJit_whenTheExampleIsBuiltWithBooks_thenTheDirectiveHoldsWhileItRendersIsGoneAfterAndTheOutputIsTheSameBytes()
            throws Exception {
        int before = QuickJitTest.directives();
        Path quick = example("quick");
        Path plain = example("plain");
        CountingLog log = new CountingLog();

        new SiteBuild(options(quick, true).build(), log).build();
        new SiteBuild(options(plain, false).build(), new RecordingLog()).build();

        assertFalse(log.during.isEmpty());
        assertTrue(log.during.stream().allMatch(n -> n == before + 1), log.during + " directives while rendering, " + before + " before");
        assertEquals(before, QuickJitTest.directives());
        assertEquals(List.of(ADDED, REMOVED), log.log.debugs);
        Map<String, String> quickSite = Sites.files(quick.getParent().getParent().resolve("target/strategy-site"));
        assertTrue(quickSite.containsKey("briefing-book.pdf"), quickSite.keySet().toString());
        assertEquals(Sites.files(plain.getParent().getParent().resolve("target/strategy-site")), quickSite);
    }

    @Test
    void givenQuickJit_whenTheBuildFailsInTheCheckOnBookUnitsInATemplateOrInBscBook_thenNoDirectiveIsLeft() throws Exception {
        int before = QuickJitTest.directives();
        Path broken = example("broken");
        Files.writeString(broken.resolve("strategy.yaml"), "name: [not closed\n");
        Path ghost = example("ghost");
        Path template = example("template");
        Path templates = Files.createDirectories(template.getParent().resolve("site-template/templates"));
        Files.writeString(templates.resolve("home.ftlh"), "<p>${noSuchValue}</p>\n");
        List<BuildOptions> failing = List.of(options(broken, true).build(),
                options(ghost, true).bookUnits(BookUnits.parse("ghost").orElseThrow()).build(),
                options(template, true).site(new SiteSettings(null, "en", Optional.of(templates.getParent()), null, null, null, null, false)).build());

        for (BuildOptions options : failing) {
            RecordingLog log = new RecordingLog();
            assertThrows(BuildException.class, () -> new SiteBuild(options, log).build(), options.strategyDirectory().toString());
            assertEquals(before, QuickJitTest.directives(), options.strategyDirectory().toString());
            assertEquals(List.of(ADDED, REMOVED), log.debugs, options.strategyDirectory().toString());
        }
        RecordingLog book = new RecordingLog();
        assertThrows(BuildException.class, () -> new SiteBuild(failing.get(1), book).books(dir.resolve("books"), BookSize.A4));
        assertEquals(before, QuickJitTest.directives());
        assertEquals(List.of(ADDED, REMOVED), book.debugs);
    }

    @Test
    void givenQuickJitInTheJvmOfAnMvndDaemon_whenTheExampleIsBuilt_thenC2StaysOnThroughoutAndTheDebugLineSaysWhy() throws Exception {
        int before = QuickJitTest.directives();
        Path strategy = example("daemon");
        CountingLog log = new CountingLog();

        System.setProperty(KeptJvm.MVND_ID, "a1b2c3d4"); // what mvnd's daemon JVM is started with
        try {
            new SiteBuild(options(strategy, true).books(null).build(), log).build();
        } finally {
            System.clearProperty(KeptJvm.MVND_ID);
        }

        assertFalse(log.during.isEmpty());
        assertTrue(log.during.stream().allMatch(n -> n == before), log.during + " directives while rendering, " + before + " before");
        assertEquals(List.of("C2 left on: the Maven Daemon (mvnd) keeps this JVM for the next builds, which C2's code serves"),
                log.log.debugs);
    }

    @Test
    void givenQuickJitAndTheEmbeddedMapEngine_whenBuilt_thenC2StaysOnForItsCompiledWebAssembly() throws Exception {
        Path strategy = example("embedded");
        RecordingLog log = new RecordingLog();

        new SiteBuild(options(strategy, true).books(null).engine("embedded").build(), log).build();

        assertEquals(List.of("C2 left on: the maps may be laid out by the embedded engine, which needs it"), log.debugs);
        assertEquals(0, QuickJitTest.ours());
    }

    @Test
    void givenAnEngineSettingOrAChosenEngine_whenAskedWhetherMapsMayBeEmbedded_thenOnlyTheEmbeddedEngineOrAutoWithoutDotSaysYes() {
        assertTrue(MapEngines.mayEmbed("embedded", Optional.empty()));
        assertTrue(MapEngines.mayEmbed(" VizJS ", Optional.empty()));
        assertFalse(MapEngines.mayEmbed("dot", Optional.empty()));
        assertEquals(!NativeDotLayout.installed(), MapEngines.mayEmbed("auto", Optional.empty()));
        assertEquals(!NativeDotLayout.installed(), MapEngines.mayEmbed(null, Optional.empty()));
        assertFalse(MapEngines.mayEmbed("embedded", Optional.of(MapEngine.none())), "no layout at all");
    }

    @Test
    void givenAChosenEngine_whenAskedWhetherMapsMayBeEmbedded_thenOnlyAnEngineRunningInAnotherProcessSaysNo() {
        Path cache = Path.of("unused-cache");
        assertTrue(MapEngines.mayEmbed("dot", chosen(new CachingLayout(new WasmLayout(), cache))));
        assertTrue(MapEngines.mayEmbed("dot", chosen(named("dot 2.43.0"))), "a name is not a promise to run elsewhere");
        NativeDotLayout.onPath().ifPresent(dot ->
                assertFalse(MapEngines.mayEmbed("embedded", chosen(new CachingLayout(dot, cache)))));
        assertFalse(MapEngines.mayEmbed("embedded", chosen(new MapLayout() {
            @Override
            public String name() {
                return "embedded graphviz, in a sandbox process";
            }

            @Override
            public boolean runsInAnotherProcess() {
                return true;
            }

            @Override
            public String layout(String dot) {
                throw new UnsupportedOperationException();
            }
        })));
    }

    private static Optional<MapEngine> chosen(MapLayout layout) {
        return Optional.of(new MapEngine(Optional.of(layout), true, Optional.empty()));
    }

    private static MapLayout named(String name) {
        return new MapLayout() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String layout(String dot) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void givenQuickJit_whenNothingChangedOrThePreviewRebuilds_thenNoDirectiveIsAdded() throws Exception {
        Path strategy = example("same");
        BuildOptions options = options(strategy, true).build();
        new SiteBuild(options, new RecordingLog()).build();
        RecordingLog unchanged = new RecordingLog();

        BuildResult again = new SiteBuild(options, unchanged).build();
        RecordingLog preview = new RecordingLog();
        PreviewBuild.Outcome outcome = new PreviewBuild(new SiteBuild(options.toBuilder().books(null).build(), preview),
                dir.resolve("same/target/bsc-preview")).run();

        assertTrue(again.upToDate());
        assertEquals(List.of(), unchanged.debugs);
        assertTrue(outcome.succeeded(), outcome.problems().toString());
        assertEquals(List.of(), preview.debugs);
    }
}
