package dev.bscportal.core.book;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first part of a PDF's document id, as lower-case hex; empty when the file is not a readable PDF or has none.
 *
 * <p>An unchanged build asks this of every published book. The id is read where the file's last cross-reference
 * section says it is: {@code startxref} in the last bytes gives the offset of the cross-reference stream (as the
 * books are written) whose dictionary holds {@code /ID [<hex> <hex>]}; two small reads instead of opening the whole
 * document. Any other shape (a classic trailer, a literal string, a damaged file) is read by PDFBox as before.
 */
final class PdfId {

    private static final int TAIL = 64;
    private static final int DICTIONARY = 2048;
    private static final Pattern START = Pattern.compile("startxref\\s+(\\d{1,15})\\s+%%EOF\\s*$");
    private static final Pattern XREF_STREAM = Pattern.compile(
            "^\\d{1,10} \\d{1,5} obj\\s*<<(?:(?!>>|stream).)*?/ID\\s*\\[\\s*<([0-9A-Fa-f]{2,256})>", Pattern.DOTALL);

    private PdfId() {
    }

    static Optional<String> of(Path file) {
        Optional<String> quick = fromCrossReferenceStream(file);
        return quick.isPresent() ? quick : withPdfBox(file);
    }

    /** The id from the cross-reference stream's dictionary, or empty when the file is not shaped so. */
    static Optional<String> fromCrossReferenceStream(Path file) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            String tail = read(in, Math.max(0, size - TAIL), (int) Math.min(TAIL, size));
            Matcher start = START.matcher(tail);
            if (!start.find()) {
                return Optional.empty();
            }
            long offset = Long.parseLong(start.group(1));
            if (offset >= size) {
                return Optional.empty();
            }
            Matcher id = XREF_STREAM.matcher(read(in, offset, (int) Math.min(DICTIONARY, size - offset)));
            return id.find() && id.group(1).length() % 2 == 0
                    ? Optional.of(id.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String read(FileChannel in, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && in.read(buffer, at + buffer.position()) > 0) {
            // read until full or the end of the file
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
    }

    static Optional<String> withPdfBox(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            COSArray ids = pdf.getDocument().getDocumentID();
            if (ids == null || ids.size() == 0 || !(ids.getObject(0) instanceof COSString first)) {
                return Optional.empty();
            }
            return Optional.of(HexFormat.of().formatHex(first.getBytes()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
