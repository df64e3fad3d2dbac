package dev.bscportal.core.maps;


import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * The native Graphviz {@code dot} program: DOT on stdin, SVG on stdout, one dot per map (see {@link DotProcess} for
 * why a dot never lays out two maps). To hide dot's start-up, each layout starts the dot for the next map before it
 * returns; {@link #release()} ends those spare ones. A map that takes longer than the time limit is killed and
 * reported. Thread-safe.
 */
public final class NativeDotLayout implements MapLayout {

    private static final long TIMEOUT_SECONDS = 60;

    private final Path executable;
    private final String version;
    private final Queue<DotProcess> spare = new ConcurrentLinkedQueue<>();

    private NativeDotLayout(Path executable, String version) {
        this.executable = executable;
        this.version = version;
    }

    /** Finds {@code dot} on the PATH without starting a shell. */
    public static Optional<NativeDotLayout> onPath() {
        return executable().map(candidate -> new NativeDotLayout(candidate, versionOf(candidate)));
    }

    /** Whether a {@code dot} program is on the PATH (without running it, unlike {@link #onPath()}). */
    public static boolean installed() {
        return executable().isPresent();
    }

    private static Optional<Path> executable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, "dot");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public String name() {
        return "dot " + version;
    }

    @Override
    public boolean runsInAnotherProcess() {
        return true;
    }

    @Override
    public String layout(String dot) throws MapException {
        DotProcess fresh = spare.poll();
        try {
            if (fresh == null) {
                fresh = new DotProcess(executable);
            }
            spare.offer(new DotProcess(executable));
        } catch (IOException e) {
            if (fresh != null) {
                fresh.kill();
            }
            throw new MapException("Could not run " + executable + ": " + e.getMessage(), e);
        }
        DotProcess watched = fresh;
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(watched::timeOut,
                CompletableFuture.delayedExecutor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        try {
            return fresh.layout(dot, TIMEOUT_SECONDS);
        } finally {
            watchdog.cancel(false);
        }
    }

    /** Ends the dot processes started ahead for maps that did not come; later layouts start new ones. */
    @Override
    public void release() {
        for (DotProcess p = spare.poll(); p != null; p = spare.poll()) {
            p.close();
        }
    }

    private static String versionOf(Path executable) {
        try {
            Process p = new ProcessBuilder(executable.toString(), "-V").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            int at = text.indexOf("version");
            return at < 0 ? text : text.substring(at + "version".length()).trim().split("\\s+")[0];
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
