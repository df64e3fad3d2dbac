package dev.bscportal.core.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a folder of the engine's own (a staging folder, a preview build, a temporary copy) with all it holds. */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * Deletes {@code dir} and everything below it, deepest first; a link is removed, never followed. Whatever cannot be
     * deleted is left: the callers' leftovers are scratch that a later run or the system cleans.
     */
    public static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // left for the next run's recovery step or the system's temporary-file clean-up
        }
    }
}
