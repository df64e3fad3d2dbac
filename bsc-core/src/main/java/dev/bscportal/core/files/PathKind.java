package dev.bscportal.core.files;

import java.nio.file.Path;

/**
 * What a path inside a confined directory turned out to be, after following its links.
 *
 * @param kind     the verdict
 * @param real     the real path (links resolved) for {@code FILE} and {@code DIRECTORY}; the link target for
 *                 {@code OUTSIDE}; the path itself otherwise
 * @param size     the size in bytes of a {@code FILE}, else 0
 * @param describe what the entry is, in words, for a message ("a named pipe (FIFO)", "a folder", ...)
 */
public record PathKind(Kind kind, Path real, long size, String describe) {

    /** The verdicts. */
    public enum Kind {
        /** A regular file inside the root. */
        FILE,
        /** A directory inside the root. */
        DIRECTORY,
        /** A link (or a path through a link) leading outside the root. */
        OUTSIDE,
        /** A link that leads nowhere, or round in a circle. */
        BROKEN,
        /** Not a regular file nor a directory: a FIFO, a device, a socket. */
        SPECIAL,
        /** Nothing there. */
        MISSING
    }

    public boolean is(Kind expected) {
        return kind == expected;
    }
}
