package dev.bscportal.core.publish;

import java.nio.file.Path;
import java.util.Map;

/** Writes a complete site into an empty directory. */
@FunctionalInterface
public interface SiteWriter {

    /**
     * Writes the site and returns the bookkeeping to record beside it once it is published (entry name to text,
     * see {@link SiteState#recorded}); nothing of it goes into the site itself.
     */
    Map<String, String> writeInto(Path emptyDirectory) throws Exception;
}
