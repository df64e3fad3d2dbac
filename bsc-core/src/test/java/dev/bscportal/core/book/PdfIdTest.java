package dev.bscportal.core.book;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A published book's id, read from the file's end as the books are written, and by PDFBox for any other shape. */
class PdfIdTest {

    private static final String ID = "00112233445566778899aabbccddeeff";

    @TempDir
    static Path dir;

    static Path book;

    @BeforeAll
    static void writeABook() throws Exception {
        BookFonts fonts = BookFonts.load(Files.createDirectories(dir.resolve("fonts")));
        org.w3c.dom.Document doc = BookDocument.of("<html lang=\"en\"><head><title>t</title></head><body><h1>Book</h1></body></html>", null);
        book = Files.write(dir.resolve("book.pdf"), BookPdf.render(doc, LocalDate.of(2026, 1, 31), ID + "ffff", fonts, false));
    }

    @Test
    void givenABookAsTheBuildWritesItThenItsIdIsReadFromTheCrossReferenceStreamAsPdfBoxReadsIt() {
        assertEquals(Optional.of(ID), PdfId.fromCrossReferenceStream(book));
        assertEquals(Optional.of(ID), PdfId.withPdfBox(book));
        assertEquals(Optional.of(ID), PdfId.of(book));
    }

    @Test
    void givenAClassicTrailerThenTheQuickReadGivesUpAndPdfBoxReadsTheId() throws Exception {
        Path classic = dir.resolve("classic.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            COSArray ids = new COSArray();
            ids.add(new COSString(HexFormat.of().parseHex(ID)));
            ids.add(new COSString(HexFormat.of().parseHex(ID)));
            pdf.getDocument().setDocumentID(ids);
            pdf.save(classic.toFile(), CompressParameters.NO_COMPRESSION);
        }
        assertEquals(Optional.empty(), PdfId.fromCrossReferenceStream(classic));
        assertEquals(Optional.of(ID), PdfId.of(classic));
    }

    @Test
    void givenAPdfWithoutAnIdThenThereIsNone() throws Exception {
        Path none = dir.resolve("none.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(none.toFile());
        }
        // PDFBox may write an id of its own when saving; whatever it wrote, the quick read agrees or gives up
        assertEquals(PdfId.withPdfBox(none), PdfId.of(none));
    }

    @Test
    void givenDamagedOrForeignFilesThenThereIsNoIdAndNoException() throws Exception {
        byte[] bytes = Files.readAllBytes(book);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int xref = Integer.parseInt(text.substring(text.lastIndexOf("startxref") + 10).strip().split("\\s+")[0]);
        Path[] damaged = {
            Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 2)),
            Files.write(dir.resolve("text.pdf"), "not a PDF at all".getBytes(StandardCharsets.UTF_8)),
            Files.write(dir.resolve("empty.pdf"), new byte[0]),
            Files.write(dir.resolve("beyond.pdf"), (text.substring(0, text.lastIndexOf("startxref")) + "startxref\n"
                    + (bytes.length + 10) + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1)),
            Files.write(dir.resolve("elsewhere.pdf"), (text.substring(0, text.lastIndexOf("startxref")) + "startxref\n"
                    + (xref / 2) + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1)),
        };
        for (Path file : damaged) {
            assertEquals(Optional.empty(), PdfId.fromCrossReferenceStream(file), file.getFileName().toString());
        }
        for (Path file : Arrays.copyOf(damaged, 3)) {
            assertEquals(Optional.empty(), PdfId.of(file), file.getFileName().toString());
        }
    }
}
