package dev.bscportal.core.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A generated file of the replaced site, read for the parts a rebuild may take from it. It is not trusted: only a
 * regular file is opened (no link is followed, no FIFO or device is read), and a part is given only when its bytes
 * are inside the file and have the SHA-256 recorded for them; anything else reads as nothing, and the part is written
 * again. The file is never written.
 */
final class PreviousBytes implements AutoCloseable {

    private static final PreviousBytes NONE = new PreviousBytes(null, 0);

    /** A longer part is written again rather than read: the record may claim any length. */
    static final int MAX_PART = 64 << 20;

    private final FileChannel channel;
    private final long size;

    private PreviousBytes(FileChannel channel, long size) {
        this.channel = channel;
        this.size = size;
    }

    /** The file at {@code file}, or one that gives nothing when there is none, it is not a regular file or cannot be read. */
    static PreviousBytes open(Optional<Path> file) {
        if (file.isEmpty() || size(file.get()) < 0) {
            return NONE;
        }
        try {
            FileChannel channel = FileChannel.open(file.get(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            return new PreviousBytes(channel, channel.size());
        } catch (IOException | UnsupportedOperationException e) {
            return NONE;
        }
    }

    /** The size of the regular file at {@code file} (a link is not followed); -1 when there is none. */
    static long size(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? attributes.size() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The bytes of {@code part} when they are in the file and have its SHA-256; null otherwise. */
    byte[] read(RecordedPart part) {
        if (channel == null || part.offset() < 0 || part.length() < 0 || part.length() > MAX_PART || part.offset() > size - part.length()) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(part.length());
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, part.offset() + buffer.position()) < 0) {
                    return null;
                }
            }
        } catch (IOException e) {
            return null;
        }
        byte[] bytes = buffer.array();
        return RecordedPart.sha256(bytes).equals(part.sha256()) ? bytes : null;
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // read only: nothing was lost
            }
        }
    }
}
