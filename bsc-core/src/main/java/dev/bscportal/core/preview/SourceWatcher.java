package dev.bscportal.core.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Watches directory trees with the JDK WatchService and calls back once per burst of changes. Editors save
 * in several steps (write a temp file, rename it over the original, touch a backup), so events are collected
 * until the tree has been quiet for {@code quietMillis}, and editor scratch files never trigger a build.
 * New folders are watched as they appear.
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

    private final WatchService service;
    private final Thread thread;
    private final long quietMillis;
    private final Runnable onChange;

    public SourceWatcher(List<Path> roots, long quietMillis, Runnable onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quietMillis = quietMillis;
        this.onChange = onChange;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        this.thread = new Thread(this::loop, "bsc-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                long quietUntil = System.currentTimeMillis() + quietMillis;
                while (true) {
                    WatchKey more = service.poll(Math.max(1, quietUntil - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                    if (more == null) {
                        break;
                    }
                    relevant |= drain(more);
                    quietUntil = System.currentTimeMillis() + quietMillis;
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview is ending
        }
    }

    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path name = (Path) event.context();
            Path changed = dir.resolve(name);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // a folder that vanished at once: nothing to watch
                }
            }
            if (!SCRATCH.matcher(name.toString()).matches()) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }

    static boolean isScratchFile(String name) {
        return SCRATCH.matcher(name).matches();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
