package dev.bscportal.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files under one root directory, as the build may read them: a path is followed through its links to its
 * real path, which must stay inside the root; only regular files are read, and they are opened along that real
 * path from the root one folder at a time, following no link, so a link put in place of the file or of any folder on
 * its way after the check is not followed (the read fails). FIFOs, devices
 * and sockets are never opened (opening a FIFO waits for a writer for ever; {@code /proc} and devices hold
 * host data). A folder's real path is resolved once per instance, so a folder swapped for a link during a build is
 * seen as it was when first resolved, and files are opened along that path. The root itself is trusted: it is the
 * project's own folder.
 */
public final class ConfinedFiles implements AutoCloseable {

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private final Path root;
    /** Folders' real paths, by the path they were asked for: one instance serves one load or one build. */
    private final Map<Path, Path> realFolders;

    /** The folders kept open by a {@link #keepingFoldersOpen} view; null for others. */
    private final OpenFolder open;

    private ConfinedFiles(Path root, Map<Path, Path> realFolders, OpenFolder open) {
        this.root = root;
        this.realFolders = realFolders;
        this.open = open;
    }

    /** The files under {@code directory}, which must exist; its own path is taken as the real root. */
    public static ConfinedFiles under(Path directory) throws IOException {
        return new ConfinedFiles(directory.toRealPath(), new ConcurrentHashMap<>(), null);
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
     * Reads a {@code FILE} found by {@link #inspect}, at most {@code maxBytes}; more is an error (the file grew since
     * it was inspected). The file is opened from the root one folder at a time, none of them followed if it is a link
     * (openat with O_NOFOLLOW, where the platform has it): a folder swapped for a link after the check, to lead out of
     * the root, makes the read fail instead of being followed.
     */
    public byte[] read(PathKind file, long maxBytes) throws IOException {
        if (!file.is(PathKind.Kind.FILE) || !file.real().startsWith(root) || file.real().equals(root)) {
            throw new IllegalArgumentException("not a regular file inside the root: " + file);
        }
        if (open != null) {
            return read(open, file, maxBytes);
        }
        try (OpenFolder once = new OpenFolder(root)) {
            return read(once, file, maxBytes);
        }
    }

    private byte[] read(OpenFolder folders, PathKind file, long maxBytes) throws IOException {
        Path relative = root.relativize(file.real());
        SecureDirectoryStream<Path> folder = folders.open(relative.getParent());
        if (folder == null) {
            return readByPath(file.real(), maxBytes); // no openat (Windows): the real path, no link at its end
        }
        Path name = relative.getFileName();
        BasicFileAttributes now = folder.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .readAttributes();
        if (!now.isRegularFile()) {
            throw new IOException(relative + " is no longer a regular file");
        }
        try (SeekableByteChannel channel = folder.newByteChannel(name, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            return readAtMost(channel, maxBytes, relative);
        }
    }

    /**
     * The names in a {@code DIRECTORY} found by {@link #inspect}, sorted; the folder is opened as {@link #read} opens
     * files, so a folder swapped for a link is not listed.
     */
    public List<String> names(PathKind folder) throws IOException {
        if (!folder.is(PathKind.Kind.DIRECTORY) || !folder.real().startsWith(root)) {
            throw new IllegalArgumentException("not a folder inside the root: " + folder);
        }
        List<String> names = new ArrayList<>();
        try (OpenFolder once = new OpenFolder(root)) {
            Path relative = root.relativize(folder.real());
            DirectoryStream<Path> listed = once.open(relative.toString().isEmpty() ? null : relative);
            if (listed == null) { // no openat (Windows)
                try (DirectoryStream<Path> plain = Files.newDirectoryStream(folder.real())) {
                    plain.forEach(entry -> names.add(entry.getFileName().toString()));
                }
            } else {
                listed.forEach(entry -> names.add(entry.getFileName().toString()));
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * A view of these files that keeps the folder of the last file read open until the next file of another folder
     * (a load reads folder by folder: one chain of opened folders per folder, not per file). For one thread; close it
     * when done.
     */
    public ConfinedFiles keepingFoldersOpen() {
        return new ConfinedFiles(root, realFolders, new OpenFolder(root));
    }

    /** Closes the folders a {@link #keepingFoldersOpen} view holds open; nothing for others. */
    @Override
    public void close() throws IOException {
        if (open != null) {
            open.close();
        }
    }

    private static byte[] readByPath(Path real, long maxBytes) throws IOException {
        // the entry may have been swapped since inspect(): check again, without following links, right before opening
        BasicFileAttributes now = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!now.isRegularFile()) {
            throw new IOException(real + " is no longer a regular file");
        }
        try (SeekableByteChannel channel = Files.newByteChannel(real, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            return readAtMost(channel, maxBytes, real);
        }
    }

    private static byte[] readAtMost(SeekableByteChannel channel, long maxBytes, Path shown) throws IOException {
        try (InputStream in = Channels.newInputStream(channel)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IOException(shown + " has more than " + maxBytes + " bytes");
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
