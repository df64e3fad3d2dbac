package dev.bscportal.core.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The preview's watcher (directory-watcher underneath): recursive, one call per burst, roots that are not there skipped. */
class SourceWatcherTest {

    /** How long a change may take to arrive on a loaded machine: a bound on waiting, not a speed claim. */
    private static final long BOUND_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void givenAFolderCreatedAfterTheWatchStarted_whenAFileInsideItChanges_thenTheWatcherCallsBack() throws Exception {
        // given a watched tree and, after the watch started, a new nested folder
        Path root = Files.createDirectories(dir.resolve("strategy"));
        BlockingQueue<String> calls = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(List.of(root), 100, () -> calls.add("change"))) {
            Path nested = Files.createDirectories(root.resolve("units/sales/measures"));
            assertNotNull(calls.poll(BOUND_SECONDS, TimeUnit.SECONDS), "creating the folders is a change");

            // when a file inside the new folder is written
            Files.writeString(nested.resolve("nps.yaml"), "name: NPS\n");

            // then the watcher calls back for it
            assertNotNull(calls.poll(BOUND_SECONDS, TimeUnit.SECONDS), "a file in a folder made after the start is seen");
        }
    }

    @Test
    void givenOneWatchedRootThatDoesNotExist_whenTheOtherChanges_thenTheWatcherStillCallsBack() throws Exception {
        // given two roots, one of which is not there (a project without a template directory)
        Path root = Files.createDirectories(dir.resolve("strategy"));
        BlockingQueue<String> calls = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(List.of(dir.resolve("no-templates"), root), 100, () -> calls.add("change"))) {
            // when a file of the existing root changes
            Files.writeString(root.resolve("strategy.yaml"), "name: Acme\n");

            // then the watcher calls back
            assertNotNull(calls.poll(BOUND_SECONDS, TimeUnit.SECONDS));
        }
    }

    @Test
    void givenOnlyMissingRoots_whenWatchedAndClosed_thenNeitherFails() throws IOException {
        // given no root that exists (a fresh project), when watched and closed, then neither throws
        SourceWatcher watcher = new SourceWatcher(List.of(dir.resolve("a"), dir.resolve("b")), 100, () -> { });
        watcher.close();
    }
}
