package dev.bscportal.core.build;

import dev.bscportal.core.book.BookSize;
import dev.bscportal.core.options.SiteSettings;
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
 * A page that fails while others render in parallel: the build stops with the template's error and leaves the work
 * folder as it was, with no staging folder that a page thread still finishing wrote into after the clean-up.
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
        BuildOptions options = BuildOptions.builder(strategy, dir.resolve("target/strategy-site")).baseDirectory(dir)
                .workDirectory(dir.resolve("target"))
                .site(new SiteSettings(null, "en", Optional.of(dir.resolve("src/site-template")), null, null, null, null, false))
                .books(BookSize.A4).build();

        BuildException failure = assertThrows(BuildException.class, () -> new SiteBuild(options, BuildLog.silent()).build());

        assertTrue(failure.getMessage().contains(".ftlh"), failure.getMessage());
        List<String> right = staging();
        Thread.sleep(3000); // a page thread that outlived the failure would write now
        assertEquals(List.of(), right, "staging folders right after the failure");
        assertEquals(List.of(), staging(), "staging folders a second later");
        assertTrue(Files.notExists(dir.resolve("target/strategy-site")), "nothing was published");
    }

    private List<String> staging() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("target"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains("staging")).sorted().toList();
        }
    }
}
