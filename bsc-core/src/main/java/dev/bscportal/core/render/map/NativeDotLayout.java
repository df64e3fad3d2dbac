package dev.bscportal.core.render.map;

import dev.bscportal.core.render.RenderException;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The native Graphviz {@code dot} program: DOT on stdin, SVG on stdout. Keeps one running dot per thread that lays
 * out maps (see {@link DotProcess}) until {@link #release()}; a map that one rejects, or one that takes longer than
 * the time limit, is run on its own dot so the error is dot's own. Thread-safe.
 */
public final class NativeDotLayout implements MapLayout {

    private static final long TIMEOUT_SECONDS = 60;

    private final Path executable;
    private final String version;
    private final java.util.Queue<DotProcess> idle = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private NativeDotLayout(Path executable, String version) {
        this.executable = executable;
        this.version = version;
    }

    /** Finds {@code dot} on the PATH without starting a shell. */
    public static Optional<NativeDotLayout> onPath() {
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
                return Optional.of(new NativeDotLayout(candidate, versionOf(candidate)));
            }
        }
        return Optional.empty();
    }

    @Override
    public String name() {
        return "dot " + version;
    }

    @Override
    public String layout(String dot) throws RenderException {
        DotProcess running = idle.poll();
        try {
            if (running == null) {
                running = new DotProcess(executable);
            }
            DotProcess watched = running;
            CompletableFuture<Void> watchdog = CompletableFuture.runAsync(watched::kill,
                    CompletableFuture.delayedExecutor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            Optional<String> svg = running.layout(dot);
            watchdog.cancel(false);
            idle.offer(running);
            if (svg.isPresent()) {
                return svg.get();
            }
        } catch (IOException stopped) {
            if (running != null) {
                running.kill();
            }
        }
        return layoutAlone(dot);
    }

    /** Ends the dot processes kept between maps; later layouts start new ones. */
    @Override
    public void release() {
        for (DotProcess p = idle.poll(); p != null; p = idle.poll()) {
            p.close();
        }
    }

    /** One dot for one map: what dot writes to stderr becomes the error. */
    private String layoutAlone(String dot) throws RenderException {
        try {
            Process process = new ProcessBuilder(executable.toString(), "-Tsvg").start();
            CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(dot.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new RenderException("Graphviz dot did not finish a map within " + TIMEOUT_SECONDS + " s.");
            }
            String errors = new String(stderr.join(), StandardCharsets.UTF_8).trim();
            if (process.exitValue() != 0) {
                throw new RenderException("Graphviz dot failed on a map: " + errors);
            }
            return new String(stdout.join(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RenderException("Could not run " + executable + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("Interrupted while laying out a map.", e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            return new byte[0];
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
