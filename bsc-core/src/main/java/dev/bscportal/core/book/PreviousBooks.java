package dev.bscportal.core.book;

import java.nio.file.Path;

/**
 * The books published before, read only: their folder (the edition's published site or the previous
 * {@code bookDirectory}) and the digest of the code that wrote them, as recorded beside them
 * ({@link BriefingBooks#RECORD}). A book there is reused only when that code is today's and its document is too.
 */
public record PreviousBooks(Path directory, String codeDigest) {

    public PreviousBooks {
        if (directory == null || codeDigest == null) {
            throw new IllegalArgumentException("directory and codeDigest are required");
        }
    }
}
