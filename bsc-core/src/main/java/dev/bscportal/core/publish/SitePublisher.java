package dev.bscportal.core.publish;

import dev.bscportal.core.files.FileTrees;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Publishes a site into an output directory without ever leaving a half-written site behind:
 * <ol>
 * <li>refuses an output directory that is, or contains, a protected directory (the strategy sources, the
 * project), one that lies inside a source directory (the strategy, the template directory: the site would be
 * read, or copied, into the next build), and one that holds files this plugin did not write (no owner marker in
 * its {@link SiteState}). Paths are compared by their real paths, links resolved, also for an output that does not
 * exist yet (its nearest existing ancestor is resolved);</li>
 * <li>takes a lock beside the output so concurrent builds wait for each other;</li>
 * <li>renders into a fresh staging directory beside the output and gives it the usual modes of a web root:
 * directories {@code rwxr-xr-x} (755), files {@code rw-r--r--} (644), whatever the umask;</li>
 * <li>forgets the bookkeeping of the old site, renames the old site away, the staging directory into place, deletes
 * the old site, then records the writer's bookkeeping for the new one.</li>
 * </ol>
 * The output directory holds only what the writer wrote: the bookkeeping (owner marker, fingerprint, page digests)
 * is kept beside it in {@link SiteState}. If the process dies between the two renames, the next run finds the old
 * site beside an empty place and puts it back before anything else. Only the output directory and siblings named
 * {@code .<name>.*} are ever written or deleted.
 */
public final class SitePublisher {

    /** The marker that earlier versions wrote into the site itself; a site carrying it is still ours to replace. */
    static final String LEGACY_MARKER = ".bsc-site";

    private static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-r--r--");

    private static final long LOCK_POLL_MILLIS = 50;

    private final Path output;
    private final Path parent;
    private final String name;
    private final SiteState state;
    private final List<Path> sources;

    public SitePublisher(Path outputDirectory) {
        this(outputDirectory, List.of());
    }

    /** A publisher whose output may not lie inside (nor contain) any of {@code sourceDirectories}. */
    public SitePublisher(Path outputDirectory, List<Path> sourceDirectories) {
        this.output = outputDirectory.toAbsolutePath().normalize();
        this.parent = output.getParent();
        this.name = output.getFileName() == null ? "" : output.getFileName().toString();
        this.state = new SiteState(output);
        this.sources = List.copyOf(sourceDirectories);
    }

    /** The output directory, absolute. */
    public Path output() {
        return output;
    }

    /** The bookkeeping of the site published in the output directory (see {@link SiteState}). */
    public SiteState state() {
        return state;
    }

    /** Checks the output directory against the directories it must never replace or contain. */
    public void checkSafe(List<Path> protectedDirectories) throws PublishException {
        if (parent == null || name.isEmpty()) {
            throw new PublishException("The output directory " + output + " is a file-system root; choose a directory such as target/strategy-site.");
        }
        Path realOutput = real(output);
        List<Path> guardedDirectories = new ArrayList<>(protectedDirectories);
        guardedDirectories.addAll(sources);
        for (Path p : guardedDirectories) {
            Path guarded = real(p.toAbsolutePath().normalize());
            if (guarded.startsWith(realOutput)) {
                throw new PublishException("The output directory " + output + (guarded.equals(realOutput) ? " is " : " contains ")
                        + guarded + ", which must never be replaced; set outputDirectory to a folder of its own, e.g. target/strategy-site.");
            }
        }
        for (Path source : sources) {
            Path guarded = real(source.toAbsolutePath().normalize());
            if (realOutput.startsWith(guarded)) {
                throw new PublishException("The output directory " + output + (realOutput.equals(output) ? "" : " (really " + realOutput + ")")
                        + " lies inside " + guarded + ", which the build reads: the site must never be replaced inside the sources "
                        + "(it would be read, or copied, into the next build); set outputDirectory to a folder of its own, e.g. target/strategy-site.");
            }
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(output) || !Files.isDirectory(output)) {
                throw new PublishException("The output path " + output + " exists and is not a plain directory; remove it or choose another outputDirectory.");
            }
            if (!state.ownsSite() && !Files.exists(output.resolve(LEGACY_MARKER)) && !isEmpty(output)) {
                throw new PublishException("The output directory " + output + " holds files this plugin did not write (no "
                        + state.directory().getFileName() + " folder beside it); it will not replace them. Empty it or choose another outputDirectory.");
            }
        }
    }

    /**
     * Renders with {@code writer}, swaps the result in and records the bookkeeping the writer returned. On any failure
     * the previous site stays as it was.
     */
    public void publish(List<Path> protectedDirectories, SiteWriter writer) throws PublishException {
        checkSafe(protectedDirectories);
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new PublishException("Cannot create " + parent + ": " + describe(e), e);
        }
        Path lockFile = parent.resolve("." + name + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lock(channel)) {
            recoverInterruptedSwap();
            checkSafe(protectedDirectories);
            Path staging = Files.createTempDirectory(parent, "." + name + ".staging-");
            try {
                Map<String, String> bookkeeping = writer.writeInto(staging);
                SiteState.requireEntryNames(bookkeeping);
                webModes(staging);
                state.claimSite();
                state.forget();
                swapIn(staging);
                state.record(bookkeeping);
            } catch (PublishException e) {
                throw e;
            } catch (IOException e) {
                throw new PublishException("Could not write the site next to " + output + ": " + describe(e)
                        + ". The previously published site is unchanged.", e);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new PublishException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
            } finally {
                FileTrees.deleteQuietly(staging);
            }
        } catch (IOException e) {
            throw new PublishException("Could not lock or prepare " + output + ": " + describe(e)
                    + ". The previously published site is unchanged.", e);
        }
    }

    /**
     * Waits for the lock. Another process blocks in {@code lock()}; another thread of this JVM (a parallel
     * Maven build) makes the JDK throw instead, so that case polls.
     */
    private static FileLock lock(FileChannel channel) throws IOException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException sameJvm) {
                try {
                    Thread.sleep(LOCK_POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for the output lock");
                }
            }
        }
    }

    /** Directories 755, files 644 (symbolic links are left alone): readable by the web server's user, whatever the umask. */
    private static void webModes(Path root) throws IOException {
        if (!Files.getFileStore(root).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.setPosixFilePermissions(dir, DIRECTORY_MODE);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) {
                    Files.setPosixFilePermissions(file, FILE_MODE);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void swapIn(Path staging) throws IOException {
        Path old = null;
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            old = Files.createTempDirectory(parent, "." + name + ".old-");
            Files.delete(old);
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            FileTrees.deleteQuietly(old);
        }
    }

    /** A previous run died between its two renames: put the old site back. Also removes stale staging dirs. */
    private void recoverInterruptedSwap() throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.sorted().toList()) {
                String n = sibling.getFileName().toString();
                if (n.startsWith("." + name + ".old-")) {
                    if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                        Files.move(sibling, output, StandardCopyOption.ATOMIC_MOVE);
                    } else {
                        FileTrees.deleteQuietly(sibling);
                    }
                } else if (n.startsWith("." + name + ".staging-")) {
                    FileTrees.deleteQuietly(sibling);
                }
            }
        }
    }

    private static boolean isEmpty(Path dir) throws PublishException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new PublishException("Cannot read " + dir + ": " + describe(e), e);
        }
    }

    /**
     * The real path of {@code path}: links resolved, also when it does not exist yet (its nearest existing
     * ancestor is resolved and the rest appended). An ancestor that is a broken or looping link is refused: where
     * it leads cannot be checked.
     */
    private static Path real(Path path) throws PublishException {
        Path existing = path;
        Path rest = null;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest = rest == null ? existing.getFileName() : existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            Path realExisting = existing.toRealPath();
            return rest == null ? realExisting : realExisting.resolve(rest);
        } catch (IOException e) {
            throw new PublishException("The path " + path + " passes through " + existing + ", a symbolic link that leads nowhere ("
                    + describe(e) + "); where the site would go cannot be checked. Remove the link or choose another outputDirectory.", e);
        }
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied on " + e.getMessage() + " (is the directory read-only?)";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty: " + e.getMessage();
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            String reason = fse.getReason();
            if (reason.contains("No space left")) {
                return "the disk is full (" + fse.getFile() + ")";
            }
            return reason + " (" + fse.getFile() + ")";
        }
        return String.valueOf(e.getMessage());
    }
}
