package dev.bscportal.core.preview;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Watches directory trees and calls back once per burst of changes. The watching is io.methvin's directory-watcher:
 * recursive (new folders are watched as they appear) and native on macOS (FSEvents; the JDK's WatchService polls
 * there, seconds late), the JDK's inotify-backed service on Linux. Editors save in several steps (write a temp file,
 * rename it over the original, touch a backup), so events are collected until the tree has been quiet for
 * {@code quietMillis}, and editor scratch files never trigger a build.
 */
public final class SourceWatcher implements AutoCloseable {

    /** Swap, backup and lock files of common editors: vim (.swp, ~, 4913), emacs (#x#, .#x), JetBrains (___jb_), temp. */
    private static final Pattern SCRATCH = Pattern.compile(
            ".*(~|\\.sw[a-p]|\\.tmp|\\.bak|___jb_\\w+___)$|^#.*#$|^\\.#.*|^4913$|^\\.DS_Store$");

    /**
     * How long the tree must be quiet before a build starts. Editors finish a save (temp file, rename, backup) within
     * a few ms; 40 ms covers that with room and is what an author waits at most before the rebuild starts.
     */
    public static final long QUIET_MILLIS = 40;

    /** One entry per event seen: whether it may change the site (false for an editor's scratch file). */
    private final BlockingQueue<Boolean> events = new LinkedBlockingQueue<>();
    private final DirectoryWatcher watcher;
    private final ExecutorService watching;
    private final Thread quiet;
    private final long quietMillis;
    private final Runnable onChange;

    public SourceWatcher(List<Path> roots, long quietMillis, Runnable onChange) throws IOException {
        this.quietMillis = quietMillis;
        this.onChange = onChange;
        List<Path> directories = roots.stream().filter(Files::isDirectory).toList();
        this.watching = Executors.newSingleThreadExecutor(task -> daemon(task, "bsc-watch"));
        this.watcher = directories.isEmpty() ? null : DirectoryWatcher.builder().paths(directories).fileHashing(false)
                .listener(this::seen).build();
        if (watcher != null) {
            // the trees are registered before watchAsync returns; a failure to register is in the future at once
            failed(watcher.watchAsync(watching));
        }
        this.quiet = daemon(this::loop, "bsc-watch-quiet");
        this.quiet.start();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private void failed(CompletableFuture<Void> watching) throws IOException {
        if (watching.isCompletedExceptionally()) {
            close();
            try {
                watching.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    private void seen(DirectoryChangeEvent event) {
        Path path = event.path();
        boolean overflow = event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW;
        events.add(overflow || path == null || path.getFileName() == null || !isScratchFile(path.getFileName().toString()));
    }

    private void loop() {
        try {
            while (true) {
                boolean relevant = events.take();
                long quietUntil = System.currentTimeMillis() + quietMillis;
                while (true) {
                    Boolean more = events.poll(Math.max(1, quietUntil - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                    if (more == null) {
                        break;
                    }
                    relevant |= more;
                    quietUntil = System.currentTimeMillis() + quietMillis;
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException e) {
            // closed: the preview is ending
        }
    }

    static boolean isScratchFile(String name) {
        return SCRATCH.matcher(name).matches();
    }

    @Override
    public void close() throws IOException {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } finally {
            watching.shutdownNow();
            if (quiet != null) {
                quiet.interrupt();
            }
        }
    }
}
