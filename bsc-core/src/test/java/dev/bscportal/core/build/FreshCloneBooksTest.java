package dev.bscportal.core.build;

import dev.bscportal.core.book.BookSize;
import dev.bscportal.core.options.SiteSettings;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CI workflow bsc:init writes builds every commit in a fresh clone with the commit hash as build id, and restores
 * the work folder's book store from an earlier run. Such a build lays out no unchanged book, in any
 * edition, and publishes the same bytes as a build from scratch.
 */
class FreshCloneBooksTest {

    @TempDir
    Path dir;

    private BuildOptions options(Path project, String buildId) throws Exception {
        Path strategy = project.resolve("src/strategy");
        if (!Files.exists(strategy)) {
            TreeCopy.copy(Path.of("../example-strategy/src/strategy"), strategy);
        }
        return BuildOptions.builder(strategy, project.resolve("target/strategy-site")).baseDirectory(project)
                .workDirectory(project.resolve("target")).books(BookSize.A4)
                .site(new SiteSettings("", "en", Optional.empty(), null, buildId, null, null, false))
                .editions(List.of(Edition.of("public", "actuals,budgets,owners"))).build();
    }

    @Test
    void givenTheWorkFolderOfTheLastCommitsRun_whenAFreshCloneBuildsTheNextCommit_thenNoBookIsLaidOutAndTheSiteIsAFreshBuilds()
            throws Exception {
        // given the last commit's run, whose book store the CI cache keeps
        Path lastRun = dir.resolve("last-run");
        new SiteBuild(options(lastRun, "8d1c0e5"), new RecordingLog()).build();

        // when a fresh clone of the next commit (no published site) builds with that work folder restored
        Path clone = dir.resolve("clone");
        TreeCopy.copy(lastRun.resolve("src"), clone.resolve("src"));
        TreeCopy.copy(lastRun.resolve("target/bsc-books"), clone.resolve("target/bsc-books"));
        RecordingLog log = new RecordingLog();
        new SiteBuild(options(clone, "3f9c2e1a7b4d8e6f0a1b2c3d4e5f60718293a4b5"), log).build();

        // then every book of both editions was kept, none laid out
        assertTrue(log.infos.stream().anyMatch(l -> l.matches("Briefing books: (\\d+) \\(0 rendered, \\1 unchanged kept\\)")),
                String.join("\n", log.infos));

        // and the books are byte for byte those of a build from scratch of the same commit
        Path scratch = dir.resolve("scratch");
        TreeCopy.copy(lastRun.resolve("src"), scratch.resolve("src"));
        new SiteBuild(options(scratch, "3f9c2e1a7b4d8e6f0a1b2c3d4e5f60718293a4b5"), new RecordingLog()).build();
        List<String> books = BookUnitsBuildTest.pdfs(scratch.resolve("target")).stream().filter(p -> p.startsWith("strategy-site")).toList();
        assertTrue(books.size() >= 6, books.toString());
        for (String book : books) {
            assertArrayEquals(Files.readAllBytes(scratch.resolve("target").resolve(book)),
                    Files.readAllBytes(clone.resolve("target").resolve(book)), book);
        }
        assertEquals(BookUnitsBuildTest.pdfs(scratch.resolve("target/strategy-site-public")),
                BookUnitsBuildTest.pdfs(clone.resolve("target/strategy-site-public")));
    }
}
