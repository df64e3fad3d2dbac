package dev.bscportal.core.preview;

import dev.bscportal.core.build.BuildException;
import dev.bscportal.core.build.BuildLog;
import dev.bscportal.core.build.BuildOptions;
import dev.bscportal.core.build.SiteBuild;
import dev.bscportal.core.files.FileTrees;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview deletes site folders (stale ones before a build, replaced ones on its cleaner thread): it deletes only
 * inside its own folder, and a link planted there (to the user's home, say) is removed or refused, never followed.
 */
class PreviewFolderLinksTest {

    @TempDir
    Path dir;

    @Test
    void givenThePreviewFolderIsALinkOrAFile_whenThePreviewStartsOrBuilds_thenItIsRefusedAndNothingOutsideChanges()
            throws Exception {
        Path strategy = StrategyDir.valid(dir.resolve("src/strategy")).path();
        Path home = home();
        Map<String, Path> before = snapshot(home);
        Path scratch = dir.resolve("target/bsc-preview");
        for (String kind : List.of("a link to the home folder", "a link to a file", "a dangling link", "a file")) {
            FileTrees.deleteQuietly(scratch);
            Files.createDirectories(scratch.getParent());
            switch (kind) {
                case "a link to the home folder" -> Files.createSymbolicLink(scratch, home);
                case "a link to a file" -> Files.createSymbolicLink(scratch, home.resolve("precious.txt"));
                case "a dangling link" -> Files.createSymbolicLink(scratch, dir.resolve("nowhere"));
                default -> Files.writeString(scratch, "a file");
            }

            // when the preview starts on it: refused, naming the folder
            BuildException refused = assertThrows(BuildException.class, () -> new PreviewBuild(siteBuild(strategy), scratch), kind);
            assertTrue(refused.getMessage().contains(scratch.toString()) && refused.getMessage().contains("link"), refused.getMessage());

            // and when a preview that started on a plain folder finds the link there later: the build fails, saying so
            PreviewBuild.Outcome outcome = new PreviewBuild(strategy, scratch, dev.bscportal.core.engine.CheckOptions.DEFAULTS,
                    dev.bscportal.core.site.SiteOptions.defaults(), java.util.Optional.empty(), false).run();
            assertFalse(outcome.succeeded(), kind);
            assertTrue(outcome.problems().get(0).describe().startsWith("BSC173 "), outcome.problems().get(0).describe());
            assertTrue(outcome.problems().get(0).message().contains(scratch.toString()), outcome.problems().get(0).message());

            // then nothing outside was deleted or written
            assertEquals(before, snapshot(home), kind);
            assertFalse(Files.exists(dir.resolve("nowhere"), LinkOption.NOFOLLOW_LINKS), kind);
        }
    }

    @Test
    void givenSiteFoldersThatAreLinksOrHoldLinksToOutside_whenThePreviewBuildsAndItsCleanerDeletes_thenOnlyTheLinksGo()
            throws Exception {
        Path strategy = StrategyDir.valid(dir.resolve("src/strategy")).path();
        Path home = home();
        Map<String, Path> before = snapshot(home);
        Path scratch = Files.createDirectories(dir.resolve("target/bsc-preview"));
        // given stale site folders: one a link to the home folder, one holding links to it, to a file in it, and a hard link
        Files.createSymbolicLink(scratch.resolve("site-1"), home);
        Files.createDirectories(scratch.resolve("site-2/measures"));
        Files.createSymbolicLink(scratch.resolve("site-2/measures/home"), home);
        Files.createSymbolicLink(scratch.resolve("site-2/index.html"), home.resolve("precious.txt"));
        Files.createLink(scratch.resolve("site-2/hard.txt"), home.resolve("documents/letter.txt"));
        Files.createSymbolicLink(scratch.resolve("site-3"), home.resolve("documents"));
        PreviewBuild build = new PreviewBuild(siteBuild(strategy), scratch);

        // when the preview builds three times (clearing each stale folder first), and its cleaner deletes what they replaced
        for (int i = 1; i <= 3; i++) {
            Path site = build.run().site().orElseThrow();
            assertTrue(Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS), site + " is a folder of the preview's own");
            if (i > 1) {
                FileTrees.deleteQuietly(scratch.resolve("site-" + (i - 1)));
            }
        }
        // a link planted in the site being served, then deleted as a replaced site
        Files.createSymbolicLink(scratch.resolve("site-3/planted"), home);
        FileTrees.deleteQuietly(scratch.resolve("site-3"));

        // then the home folder holds what it held, and the preview's folders are gone
        assertEquals(before, snapshot(home));
        assertFalse(Files.exists(scratch.resolve("site-3"), LinkOption.NOFOLLOW_LINKS));
    }

    private SiteBuild siteBuild(Path strategy) {
        BuildOptions options = BuildOptions.builder(strategy, dir.resolve("target/strategy-site")).baseDirectory(dir)
                .workDirectory(dir.resolve("target")).build();
        return new SiteBuild(options, BuildLog.silent());
    }

    /** A folder standing for the user's home, with files and site-N folders of its own. */
    private Path home() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("precious.txt"), "keep me");
        Files.createDirectories(home.resolve("documents"));
        Files.writeString(home.resolve("documents/letter.txt"), "keep me too");
        Files.createDirectories(home.resolve("site-1"));
        Files.writeString(home.resolve("site-1/mine.html"), "the user's own site-1");
        Files.createDirectories(home.resolve("site-2"));
        return home;
    }

    /** Every path under {@code root} with its content (folders as empty text). */
    private static Map<String, Path> snapshot(Path root) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String content = Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Files.readString(p) : "";
                files.put(root.relativize(p) + "=" + content, p);
            }
        }
        return files;
    }
}
