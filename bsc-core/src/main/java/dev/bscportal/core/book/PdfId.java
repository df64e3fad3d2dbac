package dev.bscportal.core.book;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

/** The first part of a PDF's document id, as lower-case hex; empty when the file is not a readable PDF or has none. */
final class PdfId {

    private PdfId() {
    }

    static Optional<String> of(Path file) {
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
