package dev.bscportal.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout this test runs in: the nearest folder above the working directory with a pom.xml and a NOTICE. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("NOTICE"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no pom.xml with a NOTICE above " + Path.of("").toAbsolutePath());
    }
}
