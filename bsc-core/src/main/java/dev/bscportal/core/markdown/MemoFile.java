package dev.bscportal.core.markdown;

import dev.bscportal.core.load.MarkdownShape;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the entries of a Markdown memo file as a stream, one entry at a time, so that what one read costs is bounded
 * by what an entry can legitimately be: an entry's HTML and plain text each hold at most {@link #MAX_ENTRY_CHARS}
 * characters (32 times the largest Markdown text a strategy may hold, BSC023; the largest expansions measured are
 * under 8 times). An entry that claims more is never read: it and everything after it are converted again.
 * Nothing is copied before its length is checked, so a forged file that claims a huge entry costs a few kilobytes.
 */
final class MemoFile {

    /** The most characters an entry's HTML or plain text may have; a larger one is forged or damaged. */
    static final int MAX_ENTRY_CHARS = 32 * MarkdownShape.MAX_TEXT_CHARS;
    /** An entry's head: a 64-digit key, two lengths of at most nine digits and a 32-digit check. */
    private static final int MAX_HEAD = 64 + 1 + 9 + 1 + 9 + 1 + 32;

    /** Whether an entry, as its head names it (key and check) and with its values, may be taken. */
    @FunctionalInterface
    interface Sound {
        boolean test(String key, String check, ConvertedTexts.Converted converted);
    }

    private MemoFile() {
    }

    /**
     * Every entry of {@code file} up to the first damaged one, that {@code sound} accepts; none when the file is missing, not a plain file, larger than {@code maxBytes}, of another header, or
     * not UTF-8.
     */
    static Map<String, ConvertedTexts.Converted> read(Path file, String header, long maxBytes,
            Sound sound) {
        Map<String, ConvertedTexts.Converted> entries = new ConcurrentHashMap<>();
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > maxBytes) {
                return entries;
            }
            try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
                String first = line(in, header.length());
                if (!header.equals(first)) {
                    return entries;
                }
                String head;
                while ((head = line(in, MAX_HEAD)) != null) {
                    String[] part = head.split(" ", -1);
                    if (part.length != 4 || !part[0].matches("[0-9a-f]{64}") || !part[1].matches("\\d{1,9}")
                            || !part[2].matches("\\d{1,9}")) {
                        break; // damaged from here on: what follows cannot be framed
                    }
                    int htmlLength = Integer.parseInt(part[1]);
                    int plainLength = Integer.parseInt(part[2]);
                    if (htmlLength > MAX_ENTRY_CHARS || plainLength > MAX_ENTRY_CHARS) {
                        break; // larger than any conversion writes: never read, converted again
                    }
                    String html = exactly(in, htmlLength);
                    String plain = html == null ? null : exactly(in, plainLength);
                    if (plain == null) {
                        break; // the file ends inside the entry, or its values are not followed by a line break
                    }
                    ConvertedTexts.Converted c = new ConvertedTexts.Converted(html, plain);
                    if (sound.test(part[0], part[3], c)) {
                        entries.put(part[0], c);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable (not UTF-8, gone, ...): what was read before is kept, the rest converted again
        }
        return entries;
    }

    /** The next line without its break, null at the end or when it is longer than {@code max} characters. */
    private static String line(Reader in, int max) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0 || line.length() == max) {
                return null;
            }
            line.append((char) c);
        }
        return line.toString();
    }

    /** Exactly {@code length} characters followed by a line break, or null. */
    private static String exactly(Reader in, int length) throws IOException {
        char[] value = new char[length];
        int read = 0;
        while (read < length) {
            int n = in.read(value, read, length - read);
            if (n < 0) {
                return null;
            }
            read += n;
        }
        return in.read() == '\n' ? new String(value) : null;
    }
}
