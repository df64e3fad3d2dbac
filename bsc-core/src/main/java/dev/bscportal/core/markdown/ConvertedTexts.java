package dev.bscportal.core.markdown;

import dev.bscportal.core.files.CodeStamp;
import dev.bscportal.core.files.PlainPaths;
import dev.bscportal.core.text.Sha256;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML and plain text of each Markdown text a build converted, kept on disk for the next build (a fresh JVM):
 * {@code target/bsc-memo/markdown-<escaped|raw-html>.txt}. An entry is found by the SHA-256 of the text; the file's
 * first line names the format and the code that converted (this engine, flexmark and jsoup by {@link CodeStamp}) and
 * the raw-HTML setting, so another version or setting never reads it. The file is untrusted input: a plain text
 * format (never Java serialization), read only up to {@link #MAX_BYTES}, one entry at a time and each at most
 * {@link MemoFile#MAX_ENTRY_CHARS} characters long (a forged length is never allocated), each entry with its
 * lengths and a SHA-256 of its key and values, so a damaged, truncated or foreign file (or entry) is ignored and the text converted again. The
 * check proves only that an entry is whole, not who wrote it (anyone can compute it; a CI cache may restore the
 * folder from another run): so every entry's HTML is validated again when read ({@link MemoEntryCheck}), and one that
 * holds anything the sanitiser would not let through is ignored. A link at the memo folder or its file is never
 * followed. Written atomically (a temporary file moved into place, which replaces a link rather than writing through
 * it) with the entries this build used, so it holds one build's texts.
 */
public final class ConvertedTexts {

    /** Larger files are not read (a 10,000-page strategy writes about 10 MB). */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final String FORMAT = "bsc-markdown-memo 1";

    /** HTML and plain text of one text. */
    record Converted(String html, String plain) {
    }

    private final Optional<Path> file;
    private final String header;
    private final Map<String, Converted> read;

    private ConvertedTexts(Optional<Path> file, String header, Map<String, Converted> read) {
        this.file = file;
        this.header = header;
        this.read = read;
    }

    /** No file: every text is converted. */
    public static ConvertedTexts none() {
        return new ConvertedTexts(Optional.empty(), "", Map.of());
    }

    /** The memo kept in {@code directory} for converters with this raw-HTML setting (empty when missing or damaged). */
    public static ConvertedTexts in(Path directory, boolean allowRawHtml) {
        if (PlainPaths.holdsOtherThanAFolder(directory)) {
            return none(); // the memo folder is the build's own: a link there is never followed, for reading or writing
        }
        Path file = directory.resolve("markdown-" + (allowRawHtml ? "raw-html" : "escaped") + ".txt");
        String header = FORMAT + " " + sha(CodeStamp.of(Markdown.class) + "\n" + CodeStamp.of(com.vladsch.flexmark.parser.Parser.class)
                + "\n" + CodeStamp.of(org.jsoup.Jsoup.class) + "\n" + allowRawHtml);
        return new ConvertedTexts(Optional.of(file), header, parse(file, header));
    }

    /** The key of a text. */
    static String keyOf(String markdown) {
        return sha(markdown);
    }

    /** Whether there is a file to read and write. */
    boolean kept() {
        return file.isPresent();
    }

    /** What the file holds for {@code key}, or null. */
    Converted find(String key) {
        return read.get(key);
    }

    /** How many entries were read from the file. */
    int entriesRead() {
        return read.size();
    }

    /**
     * Writes {@code used}, the texts this build converted or took, by key (in key order, so the file is the same for
     * the same texts); nothing when they are what the file holds. A failure to write leaves the old file or none, and
     * is not an error of the build: the next one converts again.
     */
    void save(Map<String, Converted> used) {
        if (file.isEmpty() || used.isEmpty() || used.equals(read)) {
            return;
        }
        Path target = file.get();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "markdown-", ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    out.write(header);
                    out.write('\n');
                    CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
                    for (Map.Entry<String, Converted> e : new java.util.TreeMap<>(used).entrySet()) {
                        // a text with a lone surrogate half has no UTF-8 form: it is converted again next time
                        // and an entry longer than any a conversion writes would not be read back
                        if (utf8.canEncode(e.getValue().html()) && utf8.canEncode(e.getValue().plain())
                                && e.getValue().html().length() <= MemoFile.MAX_ENTRY_CHARS
                                && e.getValue().plain().length() <= MemoFile.MAX_ENTRY_CHARS) {
                            out.write(entry(e.getKey(), e.getValue()));
                        }
                    }
                }
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | RuntimeException e) {
            // not kept: the next build converts the texts again
        }
    }

    /** One entry: key, the two lengths and a check, each value on its own after a line break. */
    static String entry(String key, Converted c) {
        return key + " " + c.html().length() + " " + c.plain().length() + " " + check(key, c) + "\n" + c.html() + "\n"
                + c.plain() + "\n";
    }

    private static String check(String key, Converted c) {
        return sha(key + "\u0000" + c.html() + "\u0000" + c.plain()).substring(0, 32);
    }

    /** Every sound entry of the file; none when it is missing, too large, of another format or code, or unreadable. */
    static Map<String, Converted> parse(Path file, String header) {
        return MemoFile.read(file, header, MAX_BYTES, (key, check, c) -> check(key, c).equals(check) && MemoEntryCheck.sound(c.html(), c.plain()));
    }

    private static String sha(String text) {
        return Sha256.hex(text);
    }
}
