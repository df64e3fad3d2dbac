package dev.bscportal.core.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * What code a class was loaded from, as text that changes when that code changes: a jar by path, size and
 * modification time, a class folder by the same of every file in it. Rebuilt snapshots of the same version get
 * a new stamp, so fingerprints and page digests that include it treat them as new code.
 */
public final class CodeStamp {

    private CodeStamp() {
    }

    public static String of(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? type.getName() : of(source.getLocation());
    }

    public static String of(URL location) {
        try {
            Path path = Path.of(location.toURI());
            if (Files.isRegularFile(path)) {
                return path + ":" + Files.size(path) + ":" + Files.getLastModifiedTime(path).toMillis();
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    return path + ":" + String.join(",", files.filter(Files::isRegularFile).sorted()
                            .map(f -> path.relativize(f) + "=" + size(f) + "@" + modified(f)).toList());
                }
            }
            return location.toString();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return location.toString();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
