package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.maps.MapLayout;
import org.junit.jupiter.api.BeforeAll;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.SameFiles;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rebuild that keeps unchanged pages from the previous site must write exactly what a full build writes. Each
 * case edits the example strategy the way an author would, then compares the kept-and-rendered site with a full
 * build of the same edit, file by file and byte by byte.
 */
class IncrementalRenderTest {

    private static final Path EXAMPLE = Path.of("../example-strategy/src/strategy");

    @TempDir
    static Path shared;

    private static Optional<MapLayout> layout;
    private static Path before;
    private static RenderReport beforeReport;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildTheUneditedSiteOnce() throws Exception {
        layout = Optional.of(Dot.cached(shared.resolve("map-cache")));
        Path source = TreeCopy.copy(EXAMPLE, shared.resolve("strategy"));
        before = Files.createDirectories(shared.resolve("site-before"));
        beforeReport = render(source, before, Optional.empty());
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("a measurement of a unit", "units/sales/measurements/sales.csv",
                        "pipeline-value,2024-12,8.5,", "pipeline-value,2024-12,9.5,"),
                Arguments.of("the newest measurement of the company", "measurements/finance.csv",
                        "service-arr,2026-10,21.6,", "service-arr,2026-10,18.0,"),
                Arguments.of("the name of a company objective that a unit objective supports",
                        "objectives/win-new-customers.md", "name: Win new industrial customers",
                        "name: Win new customers in industry"),
                Arguments.of("the name of a unit objective", "units/sales/objectives/fill-pipeline.md",
                        "name: Fill the pipeline in new industries", "name: Fill the pipeline"),
                Arguments.of("what a unit objective supports", "units/sales/objectives/fill-pipeline.md",
                        "supports: [win-new-customers]", "supports: [grow-revenue]"),
                Arguments.of("a unit objective's drives arrows", "units/operations/objectives/stable-lines.md",
                        "drives: [on-time-shipping]", "drives: [on-time-shipping, quality-at-source]"),
                Arguments.of("the owner of a unit objective, to another owner", "units/sales/objectives/fill-pipeline.md",
                        "owner: Miriam Okafor", "owner: Peter Lindqvist"),
                Arguments.of("the owner of a unit objective, to a new person (every page links owners: all change)",
                        "units/sales/objectives/fill-pipeline.md", "owner: Miriam Okafor", "owner: Ada Newcomer"),
                Arguments.of("a theme's colour", "strategy.yaml", "colour: \"#2563eb\"", "colour: \"#1d4ed8\""),
                Arguments.of("the commentary of the latest review", "reviews/2026-Q3.md",
                        "Three quarters on target. Time to raise the bar.", "Three quarters on target."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void keepingUnchangedPagesWritesWhatAFullBuildWrites(String what, String file, String from, String to) throws Exception {
        // given the example strategy with one edit, and the site published before the edit
        Path source = TreeCopy.copy(EXAMPLE, dir.resolve("strategy"));
        Path edited = source.resolve(file);
        String text = Files.readString(edited);
        assertTrue(text.contains(from), "the edit applies to " + file);
        Files.writeString(edited, text.replace(from, to));

        // when it is rebuilt keeping unchanged pages, and built in full
        Path incremental = Files.createDirectories(dir.resolve("incremental"));
        RenderReport report = render(source, incremental, publishedBefore(before));
        Path full = Files.createDirectories(dir.resolve("full"));
        render(source, full, Optional.empty());

        // then both are the same, and some pages were kept while the edited ones were rendered
        SameFiles.assertSame(full, incremental);
        if (!what.contains("all change")) {
            assertTrue(report.pagesKept() > 0, "some pages are kept: " + report);
        }
        assertTrue(report.pagesKept() < report.pages(), "the edited pages are rendered: " + report);
        assertNotEquals(beforeReport.pageDigests(), report.pageDigests());
    }

    /**
     * Owner pages have no scorecard: their navigation is the company's, whose links to initiatives, OKRs and reviews
     * are left out when the company has none. Found by PreviewRandomEditsTest (landesamt-de, seed 15: its only review
     * deleted); the owner pages were kept with a link to a reviews page that no longer listed anything.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"reviews", "okrs", "initiatives"})
    void givenEveryOneOfASectionOfTheCompanyDeleted_whenRebuiltKeepingUnchangedPages_thenOwnerPagesLoseTheNavigationLinkAsInAFullBuild(
            String folder) throws Exception {
        // given the example strategy without the company's reviews (OKRs, initiatives), and the site published before
        Path source = TreeCopy.copy(EXAMPLE, dir.resolve("strategy"));
        dev.bscportal.core.files.FileTrees.deleteQuietly(source.resolve(folder));

        // when it is rebuilt keeping unchanged pages, and built in full
        Path incremental = Files.createDirectories(dir.resolve("incremental"));
        render(source, incremental, publishedBefore(before));
        Path full = Files.createDirectories(dir.resolve("full"));
        render(source, full, Optional.empty());

        // then both are the same: no owner page links to the emptied section
        SameFiles.assertSame(full, incremental);
    }

    @Test
    void anUnchangedStrategyKeepsEveryPageOfAScorecardOrOwner() throws Exception {
        Path source = TreeCopy.copy(EXAMPLE, dir.resolve("strategy"));
        Path again = Files.createDirectories(dir.resolve("again"));

        RenderReport report = render(source, again, publishedBefore(before));

        SameFiles.assertSame(before, again);
        int siteWidePages = 4;   // owners index, search, 404 and what changed are always rendered
        assertTrue(report.pagesKept() >= report.pages() - siteWidePages, report.toString());
        assertEquals(beforeReport.pages(), report.pages());
    }

    @Test
    void aPreviousSiteWithAMissingPageGetsItRendered() throws Exception {
        Path source = TreeCopy.copy(EXAMPLE, dir.resolve("strategy"));
        Path damaged = TreeCopy.copy(before, dir.resolve("damaged"));
        Files.delete(damaged.resolve("units/sales/index.html"));
        Path again = Files.createDirectories(dir.resolve("again"));

        render(source, again, publishedBefore(damaged));

        SameFiles.assertSame(before, again);
    }

    @Test
    void aPreviousSiteWithoutPageDigestsGetsEveryPageRendered() throws Exception {
        // given the site published before, but its page digests lost (a crash between swap and record, a deleted file)
        Path source = TreeCopy.copy(EXAMPLE, dir.resolve("strategy"));
        Path again = Files.createDirectories(dir.resolve("again"));

        RenderReport report = render(source, again, Optional.of(new PreviousSite(before, "")));

        assertEquals(0, report.pagesKept(), "nothing is kept without the digests: " + report);
        SameFiles.assertSame(before, again);
    }

    /** The site published before with the page digests its build recorded. */
    private static Optional<PreviousSite> publishedBefore(Path site) {
        return Optional.of(new PreviousSite(site, beforeReport.pageDigests()));
    }

    private static RenderReport render(Path source, Path target, Optional<PreviousSite> previous) throws Exception {
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(source);
        assertTrue(checked.errors().isEmpty(), checked.errors().toString());
        return new SiteRenderer(SiteOptions.defaults(), layout, true)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), Optional.empty(), target,
                        n -> { }, previous);
    }
}
