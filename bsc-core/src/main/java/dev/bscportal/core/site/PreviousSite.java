package dev.bscportal.core.site;

import java.nio.file.Path;

/**
 * The site published before (read only) and the page digests recorded with it ({@link RenderReport#pageDigests()} of
 * the build that wrote it): a rebuild keeps the pages of groups whose digest did not change.
 */
public record PreviousSite(Path directory, String pageDigests) {

    /** The name the page digests are recorded under, beside the published site. */
    public static final String RECORD = "page-digests";
}
