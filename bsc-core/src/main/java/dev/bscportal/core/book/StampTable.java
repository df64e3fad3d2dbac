package dev.bscportal.core.book;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a book laid out with {@link BookStamp#PLACEHOLDER} as its build id shows it, read from the laid-out cover:
 * the placeholder's text run as written in the cover's content stream, and each placeholder character's code and
 * advance width in that run's font. With it, {@link BookStamp} prints an id on the cover without opening the PDF.
 * Kept beside the book in the {@link BookStore} as text ({@link #write}, {@link #read}).
 */
record StampTable(byte[] run, Map<Character, byte[]> codes, Map<Character, Float> widths) {

    private static final HexFormat HEX = HexFormat.of();

    /** The table of {@code cover}, whose content stream holds the placeholder as one run; empty when it does not. */
    static Optional<StampTable> of(PDPage cover) throws IOException {
        byte[] content;
        try (InputStream in = cover.getContents()) {
            content = in.readAllBytes();
        }
        List<Object> tokens = new PDFStreamParser(content).parse();
        PDFont font = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Operator op)) {
                continue;
            }
            if (op.getName().equals("Tf") && i >= 2 && tokens.get(i - 2) instanceof COSName name) {
                font = cover.getResources().getFont(name);
            } else if (op.getName().equals("Tj") && font != null && tokens.get(i - 1) instanceof COSString run) {
                Optional<StampTable> table = ofRun(font, run);
                if (table.isPresent()) {
                    return table;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<StampTable> ofRun(PDFont font, COSString run) throws IOException {
        Map<Character, byte[]> codes = new LinkedHashMap<>();
        Map<Character, Float> widths = new LinkedHashMap<>();
        byte[] bytes = run.getBytes();
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        int index = 0;
        while (in.available() > 0) {
            int from = bytes.length - in.available();
            int code = font.readCode(in);
            String text = font.toUnicode(code);
            if (index >= BookStamp.PLACEHOLDER.length() || !String.valueOf(BookStamp.PLACEHOLDER.charAt(index)).equals(text)) {
                return Optional.empty();
            }
            char c = BookStamp.PLACEHOLDER.charAt(index++);
            codes.put(c, Arrays.copyOfRange(bytes, from, bytes.length - in.available()));
            widths.put(c, font.getWidth(code));
        }
        return index == BookStamp.PLACEHOLDER.length() ? Optional.of(new StampTable(written(bytes), codes, widths)) : Optional.empty();
    }

    /** Codes as PDFBox writes a string into a content stream (as the layout wrote the placeholder). */
    static byte[] written(byte[] codes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            COSWriter.writeString(new COSString(codes), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("a byte array stream does not fail", e);
        }
        return out.toByteArray();
    }

    /** The table as text: the run in hex, then one line per character: its code point, code in hex and width. */
    String write() {
        StringBuilder text = new StringBuilder("run ").append(HEX.formatHex(run)).append('\n');
        codes.forEach((c, code) -> text.append((int) c).append(' ').append(HEX.formatHex(code)).append(' ')
                .append(Float.floatToIntBits(widths.get(c))).append('\n'));
        return text.toString();
    }

    /**
     * A table {@link #write} wrote; empty when the text is not one (damaged, cut short, another format) or its codes
     * do not spell its run.
     */
    static Optional<StampTable> read(String text) {
        try {
            String[] lines = text.split("\n");
            if (lines.length != BookStamp.PLACEHOLDER.length() + 1 || !lines[0].startsWith("run ")) {
                return Optional.empty();
            }
            Map<Character, byte[]> codes = new LinkedHashMap<>();
            Map<Character, Float> widths = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                String[] parts = lines[i].split(" ");
                char c = (char) Integer.parseInt(parts[0]);
                if (parts.length != 3 || c != BookStamp.PLACEHOLDER.charAt(i - 1)) {
                    return Optional.empty();
                }
                codes.put(c, HEX.parseHex(parts[1]));
                widths.put(c, Float.intBitsToFloat(Integer.parseInt(parts[2])));
            }
            byte[] run = HEX.parseHex(lines[0].substring(4));
            java.io.ByteArrayOutputStream placeholder = new java.io.ByteArrayOutputStream();
            codes.values().forEach(placeholder::writeBytes);
            // the codes must be those of the run (found once in the book when stamped): a table that was changed is refused
            return java.util.Arrays.equals(run, written(placeholder.toByteArray()))
                    ? Optional.of(new StampTable(run, codes, widths)) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
