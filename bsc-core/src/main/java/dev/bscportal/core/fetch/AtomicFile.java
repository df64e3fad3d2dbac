package dev.bscportal.core.fetch;

import dev.bscportal.core.files.PlainPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Replaces a file's text in one step: written to a hidden temporary file beside it, then moved over it, so a reader
 * (or a failure half-way) sees the old file or the new one, never a part. An unchanged text is not written at all.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /** True when the file changed. */
    static boolean replace(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        if (PlainPaths.holdsOtherThanAFile(file)) {
            throw new IOException("it is not a plain file (a link or a folder), so it is not replaced");
        }
        Files.createDirectories(file.getParent());
        // a dot file: the loader never reads it, should a crash leave it behind
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, bytes);
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }

    /** A temporary file is private (rw-------); the file it replaces keeps its own mode, a new one gets rw-r--r--. */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> mode = Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, mode);
    }
}
