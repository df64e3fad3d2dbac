package dev.bscportal.core.load;

import dev.bscportal.core.files.ConfinedFiles;
import dev.bscportal.core.files.PathKind;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a strategy file as UTF-8 text: size checked before reading, binary and invalid UTF-8 refused,
 * a byte-order mark dropped and CRLF line ends turned into LF. Only regular files inside the strategy directory are
 * opened (see {@link ConfinedFiles}).
 */
final class TextFileReader {

    /**
     * Reads {@code file}, which must be a regular file under the root of {@code files} (after its links); a link
     * leading out, a FIFO, device, socket or folder is reported and never opened.
     */
    Optional<String> read(ConfinedFiles files, Path file, String relative, long maxBytes, Consumer<Problem> report) {
        SourcePosition where = SourcePosition.file(relative);
        Optional<byte[]> read = bytes(files, file, relative, maxBytes, report);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = read.get();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                report.accept(Problem.of(ProblemCode.UNREADABLE_FILE, where.atLine(lineOf(bytes, i)),
                        "This is not a text file (it contains a NUL byte)."));
                return Optional.empty();
            }
        }
        String text = decode(bytes, where, report);
        if (text == null) {
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /**
     * The bytes of {@code file} (a workbook), under the same rules as {@link #read}: a regular file inside the strategy
     * directory, its size checked before reading.
     */
    Optional<byte[]> bytes(ConfinedFiles files, Path file, String relative, long maxBytes, Consumer<Problem> report) {
        SourcePosition where = SourcePosition.file(relative);
        PathKind found = files.inspect(file);
        switch (found.kind()) {
            case FILE -> { }
            case OUTSIDE -> {
                report.accept(Problem.of(ProblemCode.LINK_OUTSIDE_STRATEGY, where,
                        "'" + relative + "' is a link to a place outside the strategy directory; it is not read."));
                return Optional.empty();
            }
            case SPECIAL, DIRECTORY -> {
                report.accept(Problem.of(ProblemCode.NOT_A_FILE, where,
                        "'" + relative + "' is " + found.describe() + ", not a file; it is not read."));
                return Optional.empty();
            }
            case MISSING -> {
                report.accept(Problem.of(ProblemCode.UNREADABLE_FILE, where, "The file could not be read: it does not exist.",
                        "Check that the file exists and is readable."));
                return Optional.empty();
            }
            case BROKEN -> {
                report.accept(Problem.of(ProblemCode.UNREADABLE_FILE, where,
                        "The file could not be read: it is " + found.describe() + ".",
                        "Replace the link with the file itself, or remove it."));
                return Optional.empty();
            }
            default -> throw new IllegalStateException(found.kind().name());
        }
        try {
            if (found.size() > maxBytes) {
                report.accept(Problem.of(ProblemCode.FILE_TOO_LARGE, where,
                        "The file has " + found.size() + " bytes; at most " + maxBytes + " are read."));
                return Optional.empty();
            }
            return Optional.of(files.read(found, maxBytes));
        } catch (IOException e) {
            report.accept(Problem.of(ProblemCode.UNREADABLE_FILE, where, "The file could not be read: " + e.getMessage(),
                    "Check that the file exists and is readable."));
            return Optional.empty();
        }
    }

    private static String decode(byte[] bytes, SourcePosition where, Consumer<Problem> report) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            report.accept(Problem.of(ProblemCode.UNREADABLE_FILE, where.atLine(firstInvalidLine(bytes)),
                    "The file is not valid UTF-8 text."));
            return null;
        }
    }

    private static int lineOf(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The line of the first byte sequence that is not UTF-8, found by decoding line by line. */
    private static int firstInvalidLine(byte[] bytes) {
        int start = 0;
        int line = 1;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                start = i + 1;
                line++;
            }
        }
        return 1;
    }
}
