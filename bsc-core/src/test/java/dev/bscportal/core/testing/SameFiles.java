package dev.bscportal.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Two built sites compared file by file and byte by byte (an incremental build against a full one). */
public final class SameFiles {

    private SameFiles() {
    }

    /** Fails unless {@code actual} holds exactly the files of {@code expected}, each with the same bytes. */
    public static void assertSame(Path expected, Path actual) throws IOException {
        TreeMap<String, Path> want = files(expected);
        TreeMap<String, Path> got = files(actual);
        assertEquals(want.keySet(), got.keySet(), "the same files");
        for (String path : want.keySet()) {
            if (!Arrays.equals(Files.readAllBytes(want.get(path)), Files.readAllBytes(got.get(path)))) {
                fail("differs from a full build: " + path);
            }
        }
    }

    /** Every regular file under {@code root}, by its path relative to it, in order. */
    public static TreeMap<String, Path> files(Path root) throws IOException {
        TreeMap<String, Path> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> result.put(root.relativize(f).toString(), f));
        }
        return result;
    }
}
