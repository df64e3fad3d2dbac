package dev.bscportal.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files under one root directory, as the build may read them: a path is followed through its links to its
 * real path, which must stay inside the root; only regular files are read, and they are opened by that real
 * path with {@code NOFOLLOW_LINKS}, so a link put in its place after the check is not followed. FIFOs, devices
 * and sockets are never opened (opening a FIFO waits for a writer for ever; {@code /proc} and devices hold
 * host data). A folder's real path is resolved once per instance, so a folder swapped for a link during a build is
 * seen as it was when first resolved; the file itself is still opened without following a link.
 */
public final class ConfinedFiles {

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private final Path root;
    /** Folders' real paths, by the path they were asked for: one instance serves one load or one build. */
    private final Map<Path, Path> realFolders = new ConcurrentHashMap<>();

    private ConfinedFiles(Path root) {
        this.root = root;
    }

    /** The files under {@code directory}, which must exist; its own path is taken as the real root. */
    public static ConfinedFiles under(Path directory) throws IOException {
        return new ConfinedFiles(directory.toRealPath());
    }

    /** The real path of the root. */
    public Path root() {
        return root;
    }

    /** What {@code path} is after following its links, and whether it stays under the root. */
    public PathKind inspect(Path path) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return new PathKind(PathKind.Kind.MISSING, path, 0, "nothing");
        }
        Path parent = path.getParent();
        if (!own.isSymbolicLink() && parent != null && path.getFileName() != null && !dotted(path)) {
            // an entry that is no link is where its folder really is: one real path per folder, not per file (at
            // 10,000 pages, resolving every file's path component by component was 200,000 system calls)
            Optional<Path> realParent = realFolder(parent);
            if (realParent.isPresent()) {
                return kind(realParent.get().resolve(path.getFileName().toString()), own);
            }
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            return new PathKind(PathKind.Kind.BROKEN, path, 0, "a link to nothing");
        } catch (FileSystemException e) {
            // ELOOP ("Too many levels of symbolic links") and the like
            return new PathKind(PathKind.Kind.BROKEN, path, 0, "a link that cannot be followed (" + e.getReason() + ")");
        } catch (IOException e) {
            return new PathKind(PathKind.Kind.BROKEN, path, 0, "a path that cannot be followed (" + e.getMessage() + ")");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return new PathKind(PathKind.Kind.BROKEN, path, 0, "a path that vanished while it was read");
        }
        return kind(real, attributes);
    }

    private PathKind kind(Path real, BasicFileAttributes attributes) {
        if (!real.startsWith(root)) {
            return new PathKind(PathKind.Kind.OUTSIDE, real, 0, "a link to " + real);
        }
        if (attributes.isRegularFile()) {
            return new PathKind(PathKind.Kind.FILE, real, attributes.size(), "a file");
        }
        if (attributes.isDirectory()) {
            return new PathKind(PathKind.Kind.DIRECTORY, real, 0, "a folder");
        }
        return new PathKind(PathKind.Kind.SPECIAL, real, 0, special(real));
    }

    /** The real path of a folder, resolved once per instance; empty when it cannot be resolved (then per path). */
    private Optional<Path> realFolder(Path folder) {
        Path known = realFolders.get(folder);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            Path real = folder.toRealPath();
            realFolders.put(folder, real);
            return Optional.of(real);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the path has a "." or ".." name, which only {@link Path#toRealPath} resolves as the system does. */
    private static boolean dotted(Path path) {
        for (Path name : path) {
            String n = name.toString();
            if (n.equals(".") || n.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a {@code FILE} found by {@link #inspect}, at most {@code maxBytes}; more is an error (the file grew
     * since it was inspected). Opens the real path without following a link at its end.
     */
    public static byte[] read(PathKind file, long maxBytes) throws IOException {
        if (!file.is(PathKind.Kind.FILE)) {
            throw new IllegalArgumentException("not a regular file: " + file);
        }
        // the entry may have been swapped since inspect(): check again, without following links, right before opening
        BasicFileAttributes now = Files.readAttributes(file.real(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!now.isRegularFile()) {
            throw new IOException(file.real() + " is no longer a regular file");
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file.real(), Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
             InputStream in = Channels.newInputStream(channel)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IOException(file.real() + " has more than " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    private static String special(Path real) {
        try {
            int mode = (Integer) Files.getAttribute(real, "unix:mode", LinkOption.NOFOLLOW_LINKS) & S_IFMT;
            return switch (mode) {
                case S_IFIFO -> "a named pipe (FIFO)";
                case S_IFCHR, S_IFBLK -> "a device";
                case S_IFSOCK -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }
}
