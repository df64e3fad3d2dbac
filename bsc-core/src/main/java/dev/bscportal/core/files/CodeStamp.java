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

    /**
     * The stamp of the jar (or folder) a resource is read from, e.g. the built-in templates; {@code "no " + name} when there
     * is no such resource.
     */
    public static String ofResource(ClassLoader loader, String name) {
        URL resource = loader.getResource(name);
        if (resource == null) {
            return "no " + name;
        }
        if ("jar".equals(resource.getProtocol())) {
            String jar = resource.getPath();
            int end = jar.indexOf("!/");
            try {
                return end < 0 ? jar : of(new URL(jar.substring(0, end)));
            } catch (java.net.MalformedURLException e) {
                return jar;
            }
        }
        return of(resource);
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
