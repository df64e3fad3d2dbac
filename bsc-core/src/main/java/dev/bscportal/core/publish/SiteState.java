package dev.bscportal.core.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the build records about one published site, kept in a folder beside it ({@code .<name>.bsc}, e.g.
 * {@code target/.strategy-site.bsc/}) so that the directory users deploy holds nothing but the site:
 * <ul>
 * <li>{@value #OWNER}: proves the site directory is this plugin's to replace; written before the first swap, never
 * removed;</li>
 * <li>named entries the caller records with a site (the input fingerprint, the page digests);</li>
 * <li>{@value #PUBLISHED}: which directory the entries describe (its file key, i.e. device and inode, where the file
 * system has one).</li>
 * </ul>
 * Entries are removed before a new site is swapped in and written after it, and they are only returned while the
 * directory at the site's path is the one they were written for. A crash between swap and record, a site deleted or
 * replaced by hand: in each case nothing is recorded, which means "render everything".
 */
public final class SiteState {

    static final String OWNER = "owner";
    static final String PUBLISHED = "published";
    private static final Pattern ENTRY_NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}");

    private final Path site;
    private final Path directory;

    SiteState(Path site) {
        this.site = site;
        this.directory = site.resolveSibling("." + site.getFileName() + ".bsc");
    }

    /** The folder beside the site that holds the bookkeeping. */
    public Path directory() {
        return directory;
    }

    /** An entry recorded with the site now at the site's path; empty when there is none or it describes another directory. */
    public Optional<String> recorded(String name) {
        requireEntryName(name);
        Optional<String> published = read(PUBLISHED);
        if (published.isEmpty() || !published.get().equals(identity(site).orElse(null))) {
            return Optional.empty();
        }
        return read(name);
    }

    boolean ownsSite() {
        return Files.isRegularFile(directory.resolve(OWNER), LinkOption.NOFOLLOW_LINKS);
    }

    void claimSite() throws IOException {
        if (!ownsSite()) {
            Files.createDirectories(directory);
            write(OWNER, "Written by bsc-maven-plugin: the directory " + site.getFileName()
                    + " beside this folder is replaced on every build.\n");
        }
    }

    /** Removes every entry but the owner marker: from now until {@link #record} nothing is trusted. */
    void forget() throws IOException {
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.sorted().toList()) {
                if (!entry.getFileName().toString().equals(OWNER)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    /** Refuses entry names that are not plain lower-case names or that are the state's own; checked before any swap. */
    static void requireEntryNames(Map<String, String> entries) {
        entries.keySet().forEach(SiteState::requireEntryName);
    }

    /** Records the entries for the site just swapped in; the identity of the site directory goes last. */
    void record(Map<String, String> entries) throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
            write(e.getKey(), e.getValue());
        }
        Optional<String> identity = identity(site);
        if (identity.isPresent()) {
            write(PUBLISHED, identity.get());
        }
    }

    private static void requireEntryName(String name) {
        if (!ENTRY_NAME.matcher(name).matches() || name.equals(OWNER) || name.equals(PUBLISHED)) {
            throw new IllegalArgumentException("not a name for a bookkeeping entry: " + name);
        }
    }

    private Optional<String> read(String name) {
        Path file = directory.resolve(name);
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void write(String name, String content) throws IOException {
        Path temp = Files.createTempFile(directory, "." + name + "-", ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The site directory as the file system knows it: its file key (device and inode on POSIX) where there is one, else
     * just that it is a directory. Renaming the staging directory into place keeps its key; another directory put at
     * the path has another.
     */
    private static Optional<String> identity(Path dir) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory()) {
                return Optional.empty();
            }
            Object key = attributes.fileKey();
            return Optional.of(key == null ? "directory" : key.toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
