package dev.bscportal.core.maps;


import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One {@code dot -Tsvg} for exactly one map, started before the map is known so that dot's start overlaps other
 * work. A dot is never given a second map: Graphviz keeps state from graph to graph within one process (string and
 * font tables), and a map laid out after others can come out differently than the same map alone (the alignment
 * map's clusters moved and swapped order after a strategy map). One map per process makes a map's SVG a function of
 * its DOT text alone, which the map cache (keyed by that text) and byte-identical builds rely on. Not thread-safe.
 */
final class DotProcess {

    private final Path executable;
    private final Process process;
    private final AtomicBoolean timedOut = new AtomicBoolean();

    DotProcess(Path executable) throws IOException {
        this.executable = executable;
        this.process = new ProcessBuilder(executable.toString(), "-Tsvg").start();
    }

    /**
     * The map's SVG, exactly as {@code dot -Tsvg} writes it for that map alone; dot's own message when it rejects the
     * map. The process has ended when this returns.
     */
    String layout(String dot, long timeoutSeconds) throws MapException {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Thread drainErrors = new Thread(() -> copy(process.getErrorStream(), errors), "bsc-dot-stderr");
        drainErrors.setDaemon(true);
        drainErrors.start();
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write(dot.getBytes(StandardCharsets.UTF_8));
            }
            ByteArrayOutputStream svg = new ByteArrayOutputStream(dot.length() * 3);
            copy(process.getInputStream(), svg);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || timedOut.get()) {
                process.destroyForcibly();
                throw new MapException("Graphviz dot did not finish a map within " + timeoutSeconds + " s.");
            }
            drainErrors.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
            if (process.exitValue() != 0) {
                throw new MapException("Graphviz dot failed on a map: " + errors.toString(StandardCharsets.UTF_8).trim());
            }
            return svg.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            process.destroyForcibly();
            throw new MapException("Could not run " + executable + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new MapException("Interrupted while laying out a map.", e);
        }
    }

    private static void copy(InputStream from, ByteArrayOutputStream to) {
        try (from) {
            byte[] buffer = new byte[16384];
            for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                synchronized (to) {
                    to.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // the process ended or was killed; what was read so far is all there is
        }
    }

    /** Ends a dot that was started but not used (it exits at the end of its input); a stuck one is killed. */
    void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Called by a watchdog when the map took too long: the map fails with a message saying so. */
    void timeOut() {
        timedOut.set(true);
        process.destroyForcibly();
    }

    void kill() {
        process.destroyForcibly();
    }
}
