package dev.bscportal.core.sheets;

import dev.bscportal.core.files.PlainPaths;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replaces several files as one change: every new content is first written to a hidden temporary file beside its
 * file, and only when all are written is each moved over its file (an atomic rename). Should a rename fail, the files
 * already replaced get their earlier bytes back, so a failure leaves every file as it was. A file is never written
 * through a link, and a file whose bytes are unchanged is not touched.
 */
final class FileSwap {

    private FileSwap() {
    }

    /** Replaces each file's bytes; the paths that changed, in the order given. */
    static List<Path> replaceAll(Map<Path, byte[]> contents) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        Map<Path, Optional<byte[]>> before = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
                Path file = e.getKey();
                if (PlainPaths.holdsOtherThanAFile(file)) {
                    throw new IOException(file.getFileName() + " is not a plain file (a link or a folder), so it is not replaced");
                }
                Optional<byte[]> old = Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
                if (old.isPresent() && Arrays.equals(old.get(), e.getValue())) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                // a dot file: the loader never reads it, should a crash leave it behind
                Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
                temps.put(file, temp);
                before.put(file, old);
                Files.write(temp, e.getValue());
                keepPermissions(file, temp);
            }
            List<Path> moved = new ArrayList<>();
            try {
                for (Map.Entry<Path, Path> e : temps.entrySet()) {
                    move(e.getValue(), e.getKey());
                    moved.add(e.getKey());
                }
            } catch (IOException failed) {
                restore(moved, before);
                throw failed;
            }
            return moved;
        } finally {
            for (Path temp : temps.values()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void restore(List<Path> moved, Map<Path, Optional<byte[]>> before) {
        for (Path file : moved) {
            try {
                Optional<byte[]> old = before.get(file);
                if (old.isPresent()) {
                    Files.write(file, old.get());
                } else {
                    Files.deleteIfExists(file);
                }
            } catch (IOException ignored) {
                // best effort: the first failure is the one reported
            }
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A temporary file is private (rw-------); the file it replaces keeps its own mode, a new one gets rw-r--r--. */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> mode = Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, mode);
    }
}
