package dev.bscportal.core.publish;

import dev.bscportal.core.files.FileTrees;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePublisherTest {

    @TempDir
    Path dir;

    private Path project() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(project.resolve("src/strategy"));
        Files.writeString(project.resolve("src/strategy/strategy.yaml"), "name: X\n");
        return project;
    }

    private static SiteWriter page(String text) {
        return staging -> {
            Files.writeString(staging.resolve("index.html"), text);
            return Map.of();
        };
    }

    /** Every file and directory under root, relative, sorted. */
    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static List<String> siblings(Path output) throws IOException {
        try (Stream<Path> s = Files.list(output.getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("." + output.getFileName())).sorted().toList();
        }
    }

    @Test
    void publishesASiteWithItsMarkerAndReplacesTheWholePreviousSite() throws Exception {
        Path project = project();
        Path output = project.resolve("target/strategy-site");
        SitePublisher publisher = new SitePublisher(output);

        publisher.publish(List.of(project), staging -> {
            Files.writeString(staging.resolve("index.html"), "one");
            Files.writeString(staging.resolve("old-page.html"), "gone next time");
            return Map.of();
        });
        publisher.publish(List.of(project), page("two"));

        assertEquals("two", Files.readString(output.resolve("index.html")));
        assertFalse(Files.exists(output.resolve("old-page.html")), "pages of the previous build do not linger");
        assertEquals(List.of("index.html"), listing(output), "the site holds only what the writer wrote");
        assertEquals(List.of(".strategy-site.bsc", ".strategy-site.lock"), siblings(output), "no staging or old directories left");
    }

    @Test
    void aFailingRenderLeavesThePreviousSiteByteIdentical() throws Exception {
        Path project = project();
        Path output = project.resolve("target/strategy-site");
        SitePublisher publisher = new SitePublisher(output);
        publisher.publish(List.of(project), page("good"));

        PublishException failure = assertThrows(PublishException.class, () -> publisher.publish(List.of(project), staging -> {
            Files.writeString(staging.resolve("index.html"), "half");
            throw new IllegalStateException("template exploded");
        }));

        assertTrue(failure.getMessage().contains("template exploded"), failure.getMessage());
        assertEquals("good", Files.readString(output.resolve("index.html")));
        assertEquals(List.of(".strategy-site.bsc", ".strategy-site.lock"), siblings(output));
    }

    @Test
    void refusesOutputDirectoriesThatAreOrContainTheProjectOrSources() throws Exception {
        Path project = project();

        for (Path unsafe : List.of(project, project.resolve("src"), project.resolve("src/strategy"), dir)) {
            PublishException e = assertThrows(PublishException.class,
                    () -> new SitePublisher(unsafe).checkSafe(List.of(project.resolve("src/strategy"), project)));
            assertTrue(e.getMessage().contains("must never be replaced"), e.getMessage());
        }
        assertTrue(Files.exists(project.resolve("src/strategy/strategy.yaml")));
    }

    @Test
    void refusesOutputDirectoriesInsideTheSourcesAndWritesNothing() throws Exception {
        // given a project with a strategy and a template directory whose assets are copied into every site
        Path project = project();
        Path strategy = project.resolve("src/strategy");
        Path templates = Files.createDirectories(project.resolve("src/site-template/assets"));
        List<Path> sources = List.of(strategy, project.resolve("src/site-template"));

        for (Path unsafe : List.of(strategy.resolve("site"), strategy.resolve("units/site"), templates.resolve("site"),
                project.resolve("src/site-template"), project.resolve("src/site-template/templates/deep/site"))) {
            // when a site is published there
            PublishException e = assertThrows(PublishException.class,
                    () -> new SitePublisher(unsafe, sources).publish(List.of(strategy, project), page("x")), unsafe.toString());

            // then it is refused, and nothing is written there or beside it
            assertTrue(e.getMessage().contains("lies inside") || e.getMessage().contains("must never be replaced"), e.getMessage());
            assertFalse(new SiteState(unsafe).ownsSite(), "no bookkeeping beside " + unsafe);
        }
        assertFalse(Files.exists(strategy.resolve("site")));
        assertFalse(Files.exists(templates.resolve("site")));
        assertFalse(Files.exists(project.resolve("src/site-template/templates")));
    }

    @Test
    void refusesAnOutputThatReachesTheSourcesThroughASymbolicLink() throws Exception {
        // given folders of the project that are links into the sources
        Path project = project();
        Path strategy = project.resolve("src/strategy");
        Path templates = Files.createDirectories(project.resolve("src/site-template/assets"));
        List<Path> sources = List.of(strategy, project.resolve("src/site-template"));
        dev.bscportal.core.testing.SpecialFiles.link(project.resolve("out"), strategy);
        dev.bscportal.core.testing.SpecialFiles.link(project.resolve("build/theme"), templates);

        // when the output lies under such a link, existing or not yet, one or more levels down
        for (Path unsafe : List.of(project.resolve("out/site"), project.resolve("out/a/b/site"),
                project.resolve("build/theme/site"), project.resolve("build/theme/new/site"))) {
            PublishException e = assertThrows(PublishException.class,
                    () -> new SitePublisher(unsafe, sources).checkSafe(List.of(strategy, project)), unsafe.toString());

            // then the real path is compared and the output refused
            assertTrue(e.getMessage().contains("lies inside"), e.getMessage());
            assertTrue(e.getMessage().contains("really"), "the message shows where the output really is: " + e.getMessage());
        }
    }

    @Test
    void refusesSourcesInsideTheOutput() throws Exception {
        Path project = project();
        Path generated = Files.createDirectories(project.resolve("target/generated/strategy"));
        Path templates = project.resolve("target/site-template");

        for (List<Path> sources : List.of(List.of(generated), List.of(project.resolve("src/strategy"), templates))) {
            PublishException e = assertThrows(PublishException.class,
                    () -> new SitePublisher(project.resolve("target"), sources).checkSafe(List.of(project)));

            assertTrue(e.getMessage().contains("contains"), e.getMessage());
        }
    }

    @Test
    void refusesAnOutputBelowABrokenLink() throws Exception {
        Path project = project();
        dev.bscportal.core.testing.SpecialFiles.link(project.resolve("target"), project.resolve("gone"));

        PublishException e = assertThrows(PublishException.class,
                () -> new SitePublisher(project.resolve("target/strategy-site"), List.of(project.resolve("src/strategy")))
                        .checkSafe(List.of(project)));

        assertTrue(e.getMessage().contains("leads nowhere"), e.getMessage());
    }

    @Test
    void publishesBesideTheSourcesInTheBuildDirectory() throws Exception {
        Path project = project();
        Path output = project.resolve("target/strategy-site");
        List<Path> sources = List.of(project.resolve("src/strategy"), project.resolve("src/site-template"));

        new SitePublisher(output, sources).publish(List.of(project.resolve("src/strategy"), project), page("ok"));

        assertEquals("ok", Files.readString(output.resolve("index.html")));
    }

    @Test
    void refusesToReplaceADirectoryItDidNotWrite() throws Exception {
        Path project = project();
        Path docs = Files.createDirectories(project.resolve("docs"));
        Files.writeString(docs.resolve("handbook.md"), "precious");

        PublishException e = assertThrows(PublishException.class,
                () -> new SitePublisher(docs).publish(List.of(project.resolve("src/strategy")), page("x")));

        assertTrue(e.getMessage().contains("did not write"), e.getMessage());
        assertEquals("precious", Files.readString(docs.resolve("handbook.md")));
    }

    @Test
    void recoversTheOldSiteWhenAPreviousRunDiedBetweenTheTwoRenames() throws Exception {
        Path project = project();
        Path output = project.resolve("target/strategy-site");
        SitePublisher publisher = new SitePublisher(output);
        publisher.publish(List.of(project), page("published"));
        Files.move(output, output.resolveSibling(".strategy-site.old-123"));

        assertThrows(PublishException.class, () -> publisher.publish(List.of(project), staging -> {
            assertEquals("published", Files.readString(output.resolve("index.html")), "restored before rendering");
            throw new IllegalStateException("and this build fails");
        }));

        assertEquals("published", Files.readString(output.resolve("index.html")));
    }

    @Test
    void concurrentPublishesOfTheSameOutputDoNotCorruptIt() throws Exception {
        Path project = project();
        Path output = project.resolve("target/strategy-site");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String text = "build " + i;
                runs.add(pool.submit(() -> {
                    start.await();
                    new SitePublisher(output).publish(List.of(project), staging -> {
                        for (int p = 0; p < 20; p++) {
                            Files.writeString(staging.resolve("page" + p + ".html"), text);
                        }
                        return Map.of("build", text);
                    });
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        String first = Files.readString(output.resolve("page0.html"));
        for (int p = 1; p < 20; p++) {
            assertEquals(first, Files.readString(output.resolve("page" + p + ".html")), "all pages come from one build");
        }
        assertEquals(Optional.of(first), new SitePublisher(output).state().recorded("build"), "the bookkeeping is the same build's");
        assertEquals(List.of(".strategy-site.bsc", ".strategy-site.lock"), siblings(output));
    }

    @Test
    void thePublishedSiteHoldsOnlyWhatTheWriterWroteAndTheBookkeepingIsBesideIt() throws Exception {
        Path project = project();
        Path output = project.resolve("target/strategy-site");
        SitePublisher publisher = new SitePublisher(output);

        publisher.publish(List.of(project), staging -> {
            Files.writeString(staging.resolve("index.html"), "home");
            Files.writeString(staging.resolve(".nojekyll"), "");
            return Map.of("fingerprint", "abc123", "page-digests", "d1 group\n");
        });

        assertEquals(List.of(".nojekyll", "index.html"), listing(output));
        assertEquals(Optional.of("abc123"), publisher.state().recorded("fingerprint"));
        assertEquals(Optional.of("d1 group\n"), new SitePublisher(output).state().recorded("page-digests"), "read by a later build");
        assertEquals(output.resolveSibling(".strategy-site.bsc"), publisher.state().directory());
        assertTrue(Files.isRegularFile(publisher.state().directory().resolve("fingerprint")));
    }

    @Test
    void bookkeepingIsOnlyTrustedForTheDirectoryItWasRecordedWith() throws Exception {
        // given a published site with its bookkeeping
        Path project = project();
        Path output = project.resolve("target/strategy-site");
        SitePublisher publisher = new SitePublisher(output);
        publisher.publish(List.of(project), staging -> {
            Files.writeString(staging.resolve("index.html"), "home");
            return Map.of("fingerprint", "abc123");
        });

        // when the site is replaced by a copy of itself (by hand, a restore, or a build that died after its swap)
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.copy(output.resolve("index.html"), copy.resolve("index.html"));
        FileTrees.deleteQuietly(output);
        Files.move(copy, output);

        // then nothing recorded is trusted for it: the next build renders everything
        assertEquals(Optional.empty(), publisher.state().recorded("fingerprint"));
        FileTrees.deleteQuietly(output);
        assertEquals(Optional.empty(), publisher.state().recorded("fingerprint"), "nor when the site is gone");
        publisher.publish(List.of(project), page("again"));
        assertEquals(Optional.empty(), publisher.state().recorded("fingerprint"), "a build that records nothing leaves nothing");
    }

    @Test
    void betweenForgettingAndRecordingNothingIsTrusted() throws Exception {
        // given a published site with its bookkeeping, and a build that forgot it and swapped, then died before recording
        Path project = project();
        Path output = project.resolve("target/strategy-site");
        SitePublisher publisher = new SitePublisher(output);
        publisher.publish(List.of(project), staging -> {
            Files.writeString(staging.resolve("index.html"), "old");
            return Map.of("fingerprint", "old-inputs");
        });
        SiteState state = publisher.state();
        state.forget();

        // then the old entries are gone while the owner marker stays, so the next build may replace the site
        assertEquals(Optional.empty(), state.recorded("fingerprint"));
        publisher.publish(List.of(project), staging -> {
            Files.writeString(staging.resolve("index.html"), "new");
            return Map.of("fingerprint", "new-inputs");
        });
        assertEquals(Optional.of("new-inputs"), state.recorded("fingerprint"));
    }

    @Test
    void bookkeepingEntryNamesThatAreNotPlainNamesAreRefusedBeforeAnythingIsReplaced() throws Exception {
        Path project = project();
        Path output = project.resolve("target/strategy-site");
        SitePublisher publisher = new SitePublisher(output);
        publisher.publish(List.of(project), page("good"));

        for (String name : List.of("../escape", "owner", "published", "Upper", "", ".hidden")) {
            assertThrows(PublishException.class, () -> publisher.publish(List.of(project), staging -> {
                Files.writeString(staging.resolve("index.html"), "bad");
                return Map.of(name, "x");
            }), name);
            assertEquals("good", Files.readString(output.resolve("index.html")), name);
        }
        assertFalse(Files.exists(output.resolveSibling("escape")));
    }

    @Test
    void aSiteWrittenByAnEarlierVersionWithTheMarkerInsideIsReplaced() throws Exception {
        Path project = project();
        Path output = Files.createDirectories(project.resolve("target/strategy-site"));
        Files.writeString(output.resolve(SitePublisher.LEGACY_MARKER), "Written by bsc-maven-plugin.");
        Files.writeString(output.resolve("index.html"), "old");

        new SitePublisher(output).publish(List.of(project), page("new"));

        assertEquals(List.of("index.html"), listing(output));
    }

    @Test
    void everyDirectoryAndFileOfThePublishedSiteIsReadableByOthersWhateverModesTheWriterLeft() throws Exception {
        Path project = project();
        Path output = project.resolve("target/strategy-site");
        Assumptions.assumeTrue(Files.getFileStore(project).supportsFileAttributeView(PosixFileAttributeView.class),
                "POSIX file modes");
        // given a writer leaving the modes a restrictive umask (077, 027) or a careless one (000) gives
        List<String> fileModes = List.of("rw-------", "rw-r-----", "rw-rw-rw-", "r--------", "rwx------");
        List<String> dirModes = List.of("rwx------", "rwxr-x---", "rwxrwxrwx");

        new SitePublisher(output).publish(List.of(project), staging -> {
            for (int d = 0; d < dirModes.size(); d++) {
                Path sub = Files.createDirectories(staging.resolve("d" + d + "/inner"));
                for (int f = 0; f < fileModes.size(); f++) {
                    Path file = Files.writeString(sub.resolve("f" + f + ".html"), "x");
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(fileModes.get(f)));
                }
                Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString(dirModes.get(d)));
                Files.setPosixFilePermissions(sub.getParent(), PosixFilePermissions.fromString(dirModes.get(d)));
            }
            Files.writeString(staging.resolve("index.html"), "home");
            return Map.of();
        });

        // then the site's root, every directory is 755 and every file 644
        List<String> wrong = new java.util.ArrayList<>();
        try (Stream<Path> all = Files.walk(output)) {
            for (Path p : all.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
                String want = Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--";
                if (!mode.equals(want)) {
                    wrong.add(output.relativize(p) + " " + mode);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(3 * 5 + 1, listing(output).stream().filter(n -> n.endsWith(".html")).count());
    }
}
