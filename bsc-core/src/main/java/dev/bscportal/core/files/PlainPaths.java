package dev.bscportal.core.files;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether a path the engine writes or clears holds something it must not go through: a link (to anything, or
 * dangling), or an entry of another kind. Decided on the entry itself, never on what a link points to.
 */
public final class PlainPaths {

    private PlainPaths() {
    }

    /** True when something is at {@code path} that is not a plain folder: a link, a file, a FIFO, ... */
    public static boolean holdsOtherThanAFolder(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** True when something is at {@code path} that is not a plain file: a link, a folder, a FIFO, ... */
    public static boolean holdsOtherThanAFile(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }
}
