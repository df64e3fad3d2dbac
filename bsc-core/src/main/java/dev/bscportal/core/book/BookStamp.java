package dev.bscportal.core.book;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Prints the build id on a book's cover after the book was laid out, so that a book is laid out once for what it
 * shows and not again for every build id (a CI build passes a new commit hash each time). The book is laid out with
 * {@link #PLACEHOLDER} as its build id: one text run on the cover, in the cover's font, holding every character a
 * build id may have (options.OptionChecks), so the embedded font subset has each of their glyphs, widths and Unicode
 * mappings; the cover's content stream is written uncompressed ({@link BookPdf}). The stamp overwrites that run, in
 * place, with the id's codes and pads it with spaces to the same length: no offset, length or cross-reference entry of
 * the file moves, and the tags, marked content and reading order are the laid-out book's.
 */
final class BookStamp {

    /** Every character a build id may hold, once; laid out in place of the id. */
    static final String PLACEHOLDER = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ._-+/:#@";

    private BookStamp() {
    }

    /**
     * {@code base} (a book laid out with the placeholder, whose cover {@code table} describes) with {@code id} on its
     * cover; empty when the run is not in {@code base} exactly once, a character of the id is not in the table, the id
     * is wider than the placeholder (it could run past the cover's text width) or longer once written: such a book is
     * laid out with its id instead.
     */
    static Optional<byte[]> stamp(byte[] base, StampTable table, String id) {
        ByteArrayOutputStream codes = new ByteArrayOutputStream();
        float width = 0;
        for (char c : id.toCharArray()) {
            byte[] code = table.codes().get(c);
            if (code == null) {
                return Optional.empty();
            }
            codes.writeBytes(code);
            width += table.widths().get(c);
        }
        float room = 0;
        for (float w : table.widths().values()) {
            room += w;
        }
        byte[] run = table.run();
        byte[] written = StampTable.written(codes.toByteArray());
        int at = indexOf(base, run, 0);
        if (width > room || written.length > run.length || at < 0 || indexOf(base, run, at + 1) >= 0) {
            return Optional.empty();
        }
        byte[] stamped = base.clone();
        System.arraycopy(written, 0, stamped, at, written.length);
        java.util.Arrays.fill(stamped, at + written.length, at + run.length, (byte) ' ');
        return Optional.of(stamped);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
