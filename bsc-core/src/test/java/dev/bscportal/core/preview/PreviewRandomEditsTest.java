package dev.bscportal.core.preview;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.files.FileTrees;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.NestedUnits;
import dev.bscportal.core.testing.SameFiles;
import dev.bscportal.core.testing.StrategyDir;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The memos of a preview session (parsed files, Markdown, scores, page digests, map layouts and DOT, per-scorecard
 * checks, strategy.json parts) tested as a class rather than edit by edit: one session per strategy makes a seeded
 * random sequence of {@link RandomEdits} (values, objectives, measures, files and units deleted and added, perspectives,
 * themes, as-of, initiatives, key results, reviews, edits that break the check and undoing them) and {@link SourceEdits}
 * (measurement workbooks, template overrides in the project's src/templates, units nested, renamed and moved, deleted
 * files put back), and after every edit
 * its check and site are compared with a check and a render without any memo of the same files: the same problems in
 * the same order (code, file, line, message) and, when the check passes, the same files byte for byte. A failure names
 * the seed and the edits made, so that it can be replayed.
 */
class PreviewRandomEditsTest {

    /**
     * Edits per strategy are scaled by this factor (percent): the whole test stays near a minute on two shared cores,
     * with more edits on the small strategies, whose rebuilds are cheap. A longer search (other seeds, more edits) runs
     * with {@code -Dpreview.random.scale=P -Dpreview.random.seed=S} (S added to each fixture's seed).
     */
    private static final int SCALE = Integer.getInteger("preview.random.scale", 100);
    private static final long SEED = Long.getLong("preview.random.seed", 0L);
    /** Only this fixture ({@code -Dpreview.random.fixture=example}), for a search or a replay of one; all when unset. */
    private static final String FIXTURE = System.getProperty("preview.random.fixture", "");
    /** Where a failing comparison leaves both sites ({@code -Dpreview.random.keep=/tmp/sites}), to see how they differ. */
    private static final String KEEP = System.getProperty("preview.random.keep", "");

    /** The site options of both builds: the defaults, with the template overrides of the user's project (src/templates). */
    private static final Function<Path, SiteOptions> OPTIONS = project -> SiteOptions.defaults().withTemplateOverrides(project.resolve("src/templates"));

    @TempDir
    static Path shared;

    private static MapLayout layout;

    @TempDir
    Path dir;

    @BeforeAll
    static void graphviz() {
        layout = Dot.cached(shared.resolve("map-cache"));
    }

    @ParameterizedTest(name = "{0}, seed {1}, {2} edits")
    @CsvSource({"example, 11, 32", "public-sector, 12, 42", "tiny, 13, 80", "nested, 14, 24", "landesamt-de, 15, 42",
        "startup-okrs, 16, 80"})
    void givenASeededRandomSequenceOfEdits_whenOnePreviewSessionRebuildsAfterEach_thenProblemsAndSitesAreThoseOfABuildWithoutMemos(
            String fixture, long fixtureSeed, int fixtureEdits) throws Exception {
        Assumptions.assumeTrue(FIXTURE.isEmpty() || FIXTURE.equals(fixture), "only " + FIXTURE);
        long seed = fixtureSeed + SEED;
        int count = fixtureEdits * SCALE / 100;
        // given one preview session of the strategy
        Path strategy = strategy(fixture, dir.resolve("src/strategy"));
        PreviewBuild session = MemolessBuild.session(layout, strategy, OPTIONS.apply(dir), dir.resolve("session"));
        RandomEdits edits = new RandomEdits(strategy, dir.resolve("src/templates"), dir.resolve("stash"), seed);
        List<String> made = new ArrayList<>();
        compare(session, strategy, fixture, seed, made);

        // when the author makes random edits and the session rebuilds after each
        int stopped = 0;
        boolean built = true;
        for (int i = 0; i < count; i++) {
            made.add(edits.next(!built));
            // then each rebuild is a build without memos: problems, and the site when it builds
            built = compare(session, strategy, fixture, seed, made);
            stopped += built ? 0 : 1;
        }
        System.out.println("PREVIEW-RANDOM " + fixture + " seed " + seed + ": " + count + " edits, " + stopped + " stopped the build");
        assertTrue(stopped > 0 && stopped < count, "edits both stop and let through the build: " + stopped + " stopped of " + made);
    }

    /** Checks and renders without memos, compares with the session's rebuild; true when it built a site. */
    private boolean compare(PreviewBuild session, Path strategy, String fixture, long seed, List<String> made) throws Exception {
        PreviewBuild.Outcome outcome = session.run();
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(strategy);
        String replay = "fixture " + fixture + ", seed " + seed + ", edits:\n  " + String.join("\n  ", made);
        assertEquals(describe(checked.problems()), describe(outcome.problems()), replay);
        assertEquals(!checked.failsBuild(), outcome.succeeded(), replay + "\n" + outcome.problems());
        if (!outcome.succeeded()) {
            return false;
        }
        Path site = MemolessBuild.site(layout, checked, OPTIONS.apply(dir), dir);
        try {
            SameFiles.assertSame(site, outcome.site().orElseThrow());
        } catch (AssertionError e) {
            if (!KEEP.isEmpty()) {
                TreeCopy.copy(site, Path.of(KEEP, fixture, "without-memo"));
                TreeCopy.copy(outcome.site().orElseThrow(), Path.of(KEEP, fixture, "session"));
            }
            fail(replay + "\n" + e.getMessage(), e);
        }
        FileTrees.deleteQuietly(site);
        return true;
    }

    private static Path strategy(String fixture, Path to) throws IOException {
        return switch (fixture) {
            case "example" -> TreeCopy.copy(NestedUnits.EXAMPLE, to);
            case "tiny" -> StrategyDir.valid(to).path();
            case "nested" -> NestedUnits.create(to);
            default -> TreeCopy.copy(Path.of("src/test/resources/strategies").resolve(fixture), to);
        };
    }

    private static List<String> describe(List<Problem> problems) {
        return MemolessBuild.describe(problems);
    }
}
