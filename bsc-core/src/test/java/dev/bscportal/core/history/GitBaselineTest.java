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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GitBaselineTest {

    @TempDir
    Path repo;

    private static void commit(Git git, String message, int day) throws Exception {
        PersonIdent who = new PersonIdent("Strategy Office", "office@example.com",
                Instant.parse("2026-10-01T10:00:00Z").plusSeconds(day * 86400L), ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    @Test
    void listsExactlyTheEditsMadeSinceTheLastReviewCommit() throws Exception {
        Path strategyDir = repo.resolve("src/strategy");
        StrategyDir strategy = StrategyDir.valid(strategyDir).write("reviews/2026-Q3.md",
                "---\ndate: 2026-10-10\ndecisions: [Keep going]\n---\nMinutes.\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, "Q3 review", 0);

            strategy.measure("nps", "c1", "lagging", "higher-is-better", 20, 35, 40);               // target 30 -> 35
            strategy.write("objectives/c1.md", Files.readString(strategyDir.resolve("objectives/c1.md"))
                    .replace("Objective c1", "Delight every customer").replace("Owner c1", "Dana New"));
            strategy.objective("l2", "learning", "[p1]");                                          // added
            strategy.measure("skills", "l2", "leading", "higher-is-better", 1, 2, 3);              // added
            Files.delete(strategyDir.resolve("initiatives/academy.md"));                           // removed
            commit(git, "After the review", 1);
        }
        CheckResult now = strategy.check();

        ChangeReport report = GitBaseline.report(strategyDir, Optional.empty(), now.strategy().orElseThrow(),
                now.scores().orElseThrow(), Files.createDirectories(repo.resolve("target/scratch"))).orElseThrow();

        assertEquals(List.of(
                "objective c1 renamed: Objective c1 -> Delight every customer",
                "objective c1: owner Owner c1 -> Dana New",
                "objective l2 added",
                "measure nps: target 30 -> 35",
                "measure nps: status on-target -> watch",
                "measure skills added",
                "initiative academy removed"),
                report.changes().stream().map(Change::describe).filter(d -> !d.contains("status") || d.contains("nps")).toList());
        assertTrue(report.baselineLabel().startsWith("last review ("), report.baselineLabel());

        Path site = Files.createDirectories(repo.resolve("target/site"));
        new dev.bscportal.core.site.SiteRenderer(dev.bscportal.core.site.SiteOptions.defaults(), Optional.empty(), false)
                .render(now.strategy().orElseThrow(), now.scores().orElseThrow(), Optional.of(report), site, n -> { });
        String page = Files.readString(site.resolve("changes.html"));
        assertTrue(page.contains("Delight every customer") && page.contains("Dana New") && page.contains(">35<")
                && page.contains("Academy"), "the What changed page lists the edits");
        assertTrue(Files.readString(site.resolve("index.html")).contains("changes.html"), "linked from the navigation");
    }

    @Test
    void withoutGitThereIsNoReport() throws Exception {
        CheckResult now = StrategyDir.valid(repo.resolve("plain")).check();

        assertTrue(GitBaseline.report(repo.resolve("plain"), Optional.empty(), now.strategy().orElseThrow(),
                now.scores().orElseThrow(), repo).isEmpty());
    }
}
