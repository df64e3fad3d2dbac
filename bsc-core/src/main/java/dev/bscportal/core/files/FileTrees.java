package dev.bscportal.core.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removing a folder of the engine's own (a staging folder, a replaced site, a preview build, a temporary copy) with
 * all it holds: the one routine every caller that clears a folder uses.
 *
 * <p>Deletion never follows a link, at any level, even when a local attacker swaps a folder for a link while it runs:
 * where the platform offers a {@link SecureDirectoryStream} (Linux), each folder is opened relative to its parent's
 * open handle without following links ({@code openat} with {@code O_NOFOLLOW}) and each entry is removed relative to
 * it ({@code unlinkat}), so a name swapped for a link after it was looked at is either removed as the link it is or
 * not opened at all; nothing is ever resolved through a path again. Elsewhere the tree is walked without following
 * links and deleted deepest first, as before (a swap during the walk is not excluded there).
 */
public final class FileTrees {

    /** Folders nested deeper are left (each level holds an open handle); the engine's own trees are a few levels. */
    static final int MAX_DEPTH = 256;

    /** Called with each folder whose entries were listed, before they are deleted (tests swap a link in there). */
    @FunctionalInterface
    interface Listed {
        void folder(Path folder);
    }

    private FileTrees() {
    }

    /**
     * Deletes {@code dir} and everything below it; a link (at {@code dir} itself or anywhere below) is removed, never
     * followed. Whatever cannot be deleted is left: the callers' leftovers are scratch that a later run or the system
     * cleans.
     */
    public static void deleteQuietly(Path dir) {
        deleteQuietly(dir, true, folder -> { });
    }

    /** As above; {@code secure} false takes the fallback of platforms without a secure directory stream. */
    static void deleteQuietly(Path dir, boolean secure, Listed listed) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Path absolute = dir.toAbsolutePath();
            Path parent = absolute.getParent();
            if (secure && parent != null && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> above = Files.newDirectoryStream(parent)) {
                    if (above instanceof SecureDirectoryStream<Path> secureParent) {
                        deleteEntry(secureParent, absolute, listed, 0);
                        return;
                    }
                }
            }
            deleteWalking(dir, listed);
        } catch (IOException | RuntimeException e) {
            // left for the next run's recovery step or the system's temporary-file clean-up
        }
    }

    /** Removes the entry {@code name} of the open folder {@code folder}: a folder with its contents, anything else itself. */
    private static void deleteEntry(SecureDirectoryStream<Path> folder, Path path, Listed listed, int depth) {
        Path name = path.getFileName();
        try {
            BasicFileAttributes entry = folder.getFileAttributeView(name, BasicFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).readAttributes();
            if (!entry.isDirectory()) {
                folder.deleteFile(name); // a link is unlinked itself, whatever it points to
                return;
            }
            if (depth < MAX_DEPTH) {
                // opened without following a link: a folder swapped for a link since is not opened (ELOOP/ENOTDIR)
                try (SecureDirectoryStream<Path> inside = folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
                    List<Path> names = new ArrayList<>();
                    inside.forEach(p -> names.add(p.getFileName()));
                    listed.folder(path);
                    for (Path n : names) {
                        deleteEntry(inside, path.resolve(n), listed, depth + 1);
                    }
                }
            }
            folder.deleteDirectory(name); // fails for a link swapped in meanwhile: then that link is removed below
        } catch (IOException | RuntimeException e) {
            try {
                BasicFileAttributes now = folder.getFileAttributeView(name, BasicFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS).readAttributes();
                if (now.isSymbolicLink()) {
                    folder.deleteFile(name);
                }
            } catch (IOException | RuntimeException left) {
                // left: scratch
            }
        }
    }

    /** Where no secure directory stream exists: walked without following links, deleted deepest first. */
    private static void deleteWalking(Path dir, Listed listed) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            paths.stream().filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(listed::folder);
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
    }
}
