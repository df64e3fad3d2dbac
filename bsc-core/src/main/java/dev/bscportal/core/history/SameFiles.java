package dev.bscportal.core.history;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether two directories hold the same files: the same relative paths, each a regular file with the same bytes.
 * A link, a special file or an unreadable entry on either side makes them different (the caller then compares the
 * slow, exact way), so a "same" answer is never wrong.
 */
final class SameFiles {

    private SameFiles() {
    }

    static boolean in(Path a, Path b) {
        try {
            Map<String, Long> left = files(a);
            Map<String, Long> right = files(b);
            if (left == null || right == null || !left.equals(right)) {
                return false;
            }
            for (String relative : left.keySet()) {
                if (!Arrays.equals(Files.readAllBytes(a.resolve(relative)), Files.readAllBytes(b.resolve(relative)))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Relative path to size of every file below {@code dir}; null when anything is not a plain file or directory. */
    private static Map<String, Long> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Map<String, Long> sizes = new TreeMap<>();
        boolean[] plain = {true};
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isRegularFile()) {
                    plain[0] = false;
                    return FileVisitResult.TERMINATE;
                }
                sizes.put(dir.relativize(file).toString().replace('\\', '/'), attrs.size());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                plain[0] = false;
                return FileVisitResult.TERMINATE;
            }
        });
        return plain[0] ? sizes : null;
    }
}
