package dev.bscportal.core.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a previous preview build; leftovers are harmless scratch files. */
final class ScratchFiles {

    private ScratchFiles() {
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // a tab may still be reading a file; the scratch directory is cleaned on the next start
        }
    }
}
