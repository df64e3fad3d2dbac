package dev.bscportal.core.book;

import dev.bscportal.core.files.FileTrees;
import dev.bscportal.core.files.WholeFiles;
import dev.bscportal.core.text.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The books of one edition as they were laid out, kept between builds in the work folder by key ({@code <key>.pdf},
 * and {@code <key>.stamp}: where its cover shows the build id, see {@link StampTable}). A build in a fresh clone (the
 * CI workflow) has no published site to keep books from; a CI cache restores this folder instead. Entries are
 * under a folder per code digest (books written by other code are never read, and their folders are removed) and per
 * edition. Only what it read back whole is used: a book whose document id is not its key, whose bytes and stamp table
 * are not those of the digest written after them, or whose table does not parse, counts as missing. The store is as
 * trusted as the work folder: a CI cache restores it only from runs of the same branch. Writing is best effort: a store that cannot be written costs layouts, never a build.
 */
final class BookStore {

    /** A key's book or stamp table, or the temporary file one is written through. */
    private static final Pattern ENTRY = Pattern.compile("\\.?[0-9a-f]{64}\\.(?:pdf|stamp|sha256)(?:\\.[0-9]+\\.tmp)?");
    private static final Pattern CODE = Pattern.compile("[0-9a-f]{1,16}");

    private final Path directory;

    private BookStore(Path directory) {
        this.directory = directory;
    }

    /** The store of the books {@code codeDigest} writes for {@code edition} (empty: the full edition) under {@code root}. */
    static BookStore of(Path root, String codeDigest, String edition) {
        String code = codeDigest.substring(0, Math.min(16, codeDigest.length()));
        return new BookStore(root.resolve(code).resolve(edition.isEmpty() ? "full" : "edition-" + digest(edition)));
    }

    /** A laid-out book read back from the store. */
    record Entry(byte[] pdf, Optional<StampTable> stamp) {
    }

    /**
     * The book kept for {@code key}; empty when there is none or it is not whole: its document id is not the key, or
     * the digest written after it ({@code <key>.sha256}, of the PDF and its stamp table) is not theirs.
     */
    Optional<Entry> get(String key) {
        Path pdf = directory.resolve(key + ".pdf");
        if (!Files.isRegularFile(pdf) || !PdfId.of(pdf).filter(key.substring(0, 32)::equals).isPresent()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(pdf);
            Path table = directory.resolve(key + ".stamp");
            String tableText = Files.isRegularFile(table) ? Files.readString(table, StandardCharsets.US_ASCII) : "";
            Path sum = directory.resolve(key + ".sha256");
            if (!Files.isRegularFile(sum) || !Files.readString(sum, StandardCharsets.US_ASCII).equals(digest(bytes, tableText))) {
                return Optional.empty();
            }
            Optional<StampTable> stamp = Optional.empty();
            if (!tableText.isEmpty()) {
                stamp = StampTable.read(tableText);
                if (stamp.isEmpty()) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Entry(bytes, stamp));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps a laid-out book under its key, its stamp table first, each file moved into place whole. */
    void put(String key, BookPdf.LaidOut book) {
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(directory.resolve(key + ".sha256"));
            String tableText = book.stamp().map(StampTable::write).orElse("");
            if (book.stamp().isPresent()) {
                WholeFiles.write(directory.resolve(key + ".stamp"), tableText.getBytes(StandardCharsets.US_ASCII));
            } else {
                Files.deleteIfExists(directory.resolve(key + ".stamp"));
            }
            WholeFiles.write(directory.resolve(key + ".pdf"), book.pdf());
            WholeFiles.write(directory.resolve(key + ".sha256"), digest(book.pdf(), tableText).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            // best effort: the next build lays this book out again
        }
    }

    /**
     * Removes every book but those of {@code keys} (the edition's books of this build), and the folders of books
     * written by other code. Only names the store writes are removed (a key's {@code .pdf} or {@code .stamp}, a
     * temporary file, a code folder), and only under real folders: a store folder that is a link, or a file of
     * another name, is left alone, whatever it leads to.
     */
    void keepOnly(Collection<String> keys) {
        Set<String> names = new HashSet<>();
        keys.forEach(k -> {
            names.add(k + ".pdf");
            names.add(k + ".stamp");
            names.add(k + ".sha256");
        });
        Path codes = directory.getParent().getParent();
        try {
            if (!Files.isDirectory(codes, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            if (Files.isDirectory(directory.getParent(), LinkOption.NOFOLLOW_LINKS)
                    && Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
                    for (Path file : files) {
                        String name = file.getFileName().toString();
                        if (ENTRY.matcher(name).matches() && !names.contains(name)) {
                            FileTrees.deleteQuietly(file);
                        }
                    }
                }
            }
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(codes)) {
                for (Path folder : folders) {
                    if (CODE.matcher(folder.getFileName().toString()).matches() && !folder.equals(directory.getParent())) {
                        FileTrees.deleteQuietly(folder);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort, as put
        }
    }

    /** The SHA-256 of a book and its stamp table, in hex. */
    private static String digest(byte[] pdf, String table) {
        MessageDigest sha = Sha256.digest();
        sha.update(pdf);
        sha.update((byte) 0);
        sha.update(table.getBytes(StandardCharsets.US_ASCII));
        return Sha256.hex(sha);
    }

    private static String digest(String text) {
        return Sha256.hex(text).substring(0, 16);
    }
}
