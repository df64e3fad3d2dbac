package dev.bscportal.core.history;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.testing.StrategyDir;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "What changed" report without its fixed costs: a HEAD that did not move finds its baseline without opening the
 * repository, a damaged or stale memo is ignored, and a strategy identical to the baseline is not read twice; every
 * report equals the one the full way gives.
 */
class GitBaselineReuseTest {

    @TempDir
    Path repo;

    private Path strategyDir;
    private StrategyDir strategy;

    private static void commit(Git git, String message, int day) throws Exception {
        PersonIdent who = new PersonIdent("Strategy Office", "office@example.com",
                Instant.parse("2026-10-01T10:00:00Z").plusSeconds(day * 86400L), ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    /** A repository with a review commit and a second commit that edits a target and removes an initiative. */
    private void reviewedThenEdited() throws Exception {
        strategyDir = repo.resolve("src/strategy");
        strategy = StrategyDir.valid(strategyDir).write("reviews/2026-Q3.md",
                "---\ndate: 2026-10-10\ndecisions: [Keep going]\n---\nMinutes.\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, "Q3 review", 0);
            strategy.measure("nps", "c1", "lagging", "higher-is-better", 20, 35, 40);
            Files.delete(strategyDir.resolve("initiatives/academy.md"));
            commit(git, "After the review", 1);
        }
    }

    private Path scratch() throws Exception {
        return Files.createDirectories(repo.resolve("target/bsc-history"));
    }

    private ChangeReport report(Path scratch) throws Exception {
        CheckResult now = strategy.check();
        return GitBaseline.report(strategyDir, Optional.empty(), now.strategy().orElseThrow(), now.scores().orElseThrow(),
                scratch).orElseThrow();
    }

    private static List<String> described(ChangeReport report) {
        return report.changes().stream().map(Change::describe).toList();
    }

    private List<Path> memos(Path scratch) throws Exception {
        try (Stream<Path> files = Files.list(scratch)) {
            return files.filter(f -> f.getFileName().toString().startsWith("last-review-")
                    && !f.getFileName().toString().endsWith(".partial")).toList();
        }
    }

    @Test
    void givenAnUnmovedHeadWhenReportingAgainThenTheSameReportComesWithoutOpeningTheRepository() throws Exception {
        reviewedThenEdited();
        Path scratch = scratch();
        ChangeReport first = report(scratch);
        assertEquals(1, memos(scratch).size(), "the first report remembers the review's commit");
        // the object database gone: JGit could not walk the history or read a commit any more
        Path objects = repo.resolve(".git/objects");
        Files.move(objects, repo.resolve(".git/objects-away"));

        ChangeReport second = report(scratch);

        assertEquals(described(first), described(second));
        assertEquals(first.baselineLabel(), second.baselineLabel());
        assertEquals(first.baselineCommit(), second.baselineCommit());
        assertTrue(described(second).contains("initiative academy removed"), described(second).toString());
    }

    @Test
    void givenANewReviewCommitWhenReportingThenTheNewBaselineIsUsedNotTheRemembered() throws Exception {
        reviewedThenEdited();
        Path scratch = scratch();
        ChangeReport before = report(scratch);
        try (Git git = Git.open(repo.toFile())) {
            strategy.write("reviews/2026-Q4.md", "---\ndate: 2026-11-10\ndecisions: [Go on]\n---\nMinutes.\n");
            commit(git, "Q4 review", 2);
        }

        ChangeReport after = report(scratch);

        assertTrue(!after.baselineCommit().equals(before.baselineCommit()), "HEAD moved: the history is walked again");
        assertEquals(List.of(), described(after), "nothing changed since the Q4 review");
        assertEquals(2, memos(scratch).size());
    }

    @Test
    void givenADamagedOrStaleMemoWhenReportingThenItIsIgnoredAndTheHistoryRead() throws Exception {
        reviewedThenEdited();
        Path scratch = scratch();
        ChangeReport expected = report(scratch);
        Path memo = memos(scratch).get(0);
        List<String> damaged = List.of(
                "",                                                            // empty
                "not a commit 2026-10-01\n",                                   // words
                "0123456789abcdef0123456789abcdef01234567 2026-10-01\n",       // a commit never checked out here
                expected.baselineCommit() + " ../../etc\n",                    // a day that is not a day
                expected.baselineCommit() + " 2026-10-01 " + "x".repeat(400),   // too long
                "../" + expected.baselineCommit() + " 2026-10-01\n");          // a path, not an id
        for (String text : damaged) {
            Files.writeString(memo, text);

            ChangeReport report = report(scratch);

            assertEquals(described(expected), described(report), text);
            assertEquals(expected.baselineLabel(), report.baselineLabel(), text);
            assertEquals(expected.baselineCommit() + " " + expected.baselineLabel().replaceAll(".*, (.*)\\)", "$1"),
                    Files.readString(memo).strip(), "the memo is written again: " + text);
        }
    }

    @Test
    void givenNoEditSinceTheReviewWhenReportingThenNothingChangedAndAnEditStillShows() throws Exception {
        strategyDir = repo.resolve("src/strategy");
        strategy = StrategyDir.valid(strategyDir).write("reviews/2026-Q3.md",
                "---\ndate: 2026-10-10\ndecisions: [Keep going]\n---\nMinutes.\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, "Q3 review", 0);
        }
        Path scratch = scratch();

        assertEquals(List.of(), described(report(scratch)), "clean work tree at the review commit");

        strategy.measure("nps", "c1", "lagging", "higher-is-better", 20, 35, 40);              // not committed
        assertTrue(described(report(scratch)).contains("measure nps: target 30 -> 35"), "an uncommitted edit shows");

        strategy.measure("nps", "c1", "lagging", "higher-is-better", 20, 30, 40);              // back as reviewed
        strategy.objective("l2", "learning", "[p1]");                                          // a new, untracked file
        assertTrue(described(report(scratch)).contains("objective l2 added"), "an untracked file shows");
    }
}
