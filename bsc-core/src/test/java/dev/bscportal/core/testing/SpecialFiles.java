package dev.bscportal.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What git cannot hold, made in a test: symbolic links and named pipes (FIFOs). Without them (no mkfifo, no
 * symbolic links on this file system) the test is skipped with a visible message, or fails under CI=true.
 */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** A symbolic link at {@code link} to {@code target}; parent folders are created. */
    public static Path link(Path link, Path target) throws IOException {
        Files.createDirectories(link.toAbsolutePath().getParent());
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException e) {
            RequiresProgram.require(false, "a file system with symbolic links", "(none: use Linux or macOS)");
            return link;
        }
    }

    /** A named pipe at {@code path}, made with the mkfifo program; parent folders are created. */
    public static Path fifo(Path path) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        boolean made;
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            made = process.waitFor() == 0;
        } catch (IOException e) {
            made = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            made = false;
        }
        RequiresProgram.require(made, "mkfifo", "coreutils");
        return path;
    }
}
