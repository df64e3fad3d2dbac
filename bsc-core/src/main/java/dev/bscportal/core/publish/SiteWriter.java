package dev.bscportal.core.publish;

import java.nio.file.Path;

/** Writes a complete site into an empty directory. */
@FunctionalInterface
public interface SiteWriter {

    void writeInto(Path emptyDirectory) throws Exception;
}
