package dev.bscportal.core.build;

import dev.bscportal.core.book.BookSize;
import dev.bscportal.core.options.SiteSettings;
import dev.bscportal.core.testing.SameFiles;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page or a briefing book that fails while the others render in parallel: the build stops with the template's error
 * and leaves the work folder and the published site as they were, with no staging folder that a page or book thread
 * still finishing wrote into after the clean-up, and no such thread left running.
 */
class FailedRenderTest {

    @TempDir
    Path dir;

    @RepeatedTest(2)
    void givenAPageTemplateThatFailsWhileOtherPagesRender_whenBuilt_thenNoStagingFolderIsLeftBehind() throws Exception {
        Path strategy = TreeCopy.copy(Path.of("../example-strategy/src/strategy"), dir.resolve("src/strategy"));
        Path templates = Files.createDirectories(dir.resolve("src/site-template/templates"));
        Files.writeString(templates.resolve("objective.ftlh"), "<p>${noSuchValue}</p>\n");
        Files.writeString(templates.resolve("home.ftlh"), "<p>${noSuchValue}</p>\n");
        // perspective pages are still being written when the home page fails
        Files.writeString(templates.resolve("perspective.ftlh"), "<#list 1..3000000 as i></#list><p>slow</p>\n");
        BuildOptions options = withOverrides(strategy);

        BuildException failure = assertThrows(BuildException.class, () -> new SiteBuild(options, BuildLog.silent()).build());

        assertTrue(failure.getMessage().contains(".ftlh"), failure.getMessage());
        List<String> right = staging();
        Thread.sleep(3000); // a page thread that outlived the failure would write now
        assertEquals(List.of(), right, "staging folders right after the failure");
        assertEquals(List.of(), staging(), "staging folders a second later");
        assertTrue(Files.notExists(dir.resolve("target/strategy-site")), "nothing was published");
    }

    @RepeatedTest(2)
    void givenAPublishedSite_whenTheBookTemplateFails_thenTheBuildFailsNamingItAndThePublishedSiteIsUnchanged()
            throws Exception {
        Path strategy = TreeCopy.copy(Path.of("../example-strategy/src/strategy"), dir.resolve("src/strategy"));
        Path templates = Files.createDirectories(dir.resolve("src/site-template/templates"));
        BuildOptions options = withOverrides(strategy);
        new SiteBuild(options, BuildLog.silent()).build();
        Path published = TreeCopy.copy(dir.resolve("target/strategy-site"), dir.resolve("published-before"));

        // when the book's template fails
        Files.writeString(templates.resolve("book.ftlh"), "<p>${noSuchValue}</p>\n");
        BuildException failure = assertThrows(BuildException.class, () -> new SiteBuild(options, BuildLog.silent()).build());

        assertTrue(failure.getMessage().contains("book.ftlh"), failure.getMessage());
        assertEquals(List.of(), staging(), "staging folders right after the failure");
        assertEquals(List.of(), workerThreads(), "page or book threads still running");
        SameFiles.assertSame(published, dir.resolve("target/strategy-site"));
    }

    private BuildOptions withOverrides(Path strategy) {
        return BuildOptions.builder(strategy, dir.resolve("target/strategy-site")).baseDirectory(dir)
                .workDirectory(dir.resolve("target"))
                .site(new SiteSettings(null, "en", Optional.of(dir.resolve("src/site-template")), null, null, null, null, false))
                .books(BookSize.A4).build();
    }

    /** The build's own worker threads that are alive: pages (bsc-render) and books (bsc-book). */
    private static List<String> workerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.equals("bsc-render") || n.equals("bsc-book")).sorted().toList();
    }

    private List<String> staging() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("target"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains("staging")).sorted().toList();
        }
    }
}
