package dev.bscportal.core.build;

import dev.bscportal.core.files.WholeFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The warnings of the last successful build, kept under {@code target/} with the fingerprint of the inputs they
 * came from. When the published site and this record carry the fingerprint of today's inputs, the build is
 * skipped without loading the strategy again, and the warnings are repeated from here: the check would find
 * exactly the same ones.
 */
final class CheckRecord {

    private static final String HEADER = "fingerprint ";

    private final Path file;

    CheckRecord(Path file) {
        this.file = file;
    }

    /** The warnings recorded for this fingerprint; empty when there is no record or it is for other inputs. */
    Optional<List<String>> warningsFor(String fingerprint) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER + fingerprint)) {
                return Optional.empty();
            }
            return Optional.of(List.copyOf(lines.subList(1, lines.size())));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Best effort: without the record the next build simply checks again. */
    void save(String fingerprint, List<String> warnings) {
        try {
            StringBuilder lines = new StringBuilder(HEADER).append(fingerprint).append('\n');
            warnings.forEach(w -> lines.append(w.replace('\n', ' ').replace('\r', ' ')).append('\n'));
            WholeFiles.write(file, lines.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // the record only saves time
        }
    }

    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale record cannot match: its fingerprint names other inputs
        }
    }
}
