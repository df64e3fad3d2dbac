package dev.bscportal.core.book;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TimeZone;

/**
 * One book as PDF bytes: tagged PDF/UA-1 (title, language, structure tree, alt text), embedded fonts, no external
 * resource ever loaded (a strategy's text may name files or addresses), and nothing that changes from one build
 * to the next (the fallback font is registered only when {@code fallback}: the book has a character the main font
 * lacks): creation and modification date are {@code date} (the as-of period's end) and the document id is
 * {@code id}, the digest of the book's content, so the same input gives the same bytes. The cover's content stream
 * is written uncompressed, so that {@link BookStamp} can print a build id into it in place.
 */
final class BookPdf {

    static {
        // openhtmltopdf logs through java.util.logging by default, every layout detail at INFO: keep the build log clean
        XRLog.setLoggingEnabled(false);
        QuietFontMapper.install();
    }

    private BookPdf() {
    }

    /** A laid-out book and, when its cover shows {@link BookStamp#PLACEHOLDER} as one run, where. */
    record LaidOut(byte[] pdf, Optional<StampTable> stamp) {
    }

    static byte[] render(org.w3c.dom.Document document, LocalDate date, String id, BookFonts fonts, boolean fallback)
            throws IOException {
        return render(document, date, id, fonts, fallback, fonts.svgDrawer(fallback));
    }

    /** With the given SVG drawer (tests compare the charts drawn straight into the PDF with Batik's). */
    static byte[] render(org.w3c.dom.Document document, LocalDate date, String id, BookFonts fonts, boolean fallback,
            com.openhtmltopdf.extend.SVGDrawer svg) throws IOException {
        return layOut(document, date, id, fonts, fallback, svg).pdf();
    }

    static LaidOut layOut(org.w3c.dom.Document document, LocalDate date, String id, BookFonts fonts, boolean fallback,
            com.openhtmltopdf.extend.SVGDrawer svg) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("bsc-maven-plugin");
        builder.withW3cDocument(document, "about:blank");
        builder.useSVGDrawer(svg);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        fonts.register(builder, fallback);
        BookBidi.install(builder);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
                fixed.clear();
                fixed.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
                PDDocumentInformation info = pdf.getDocumentInformation();
                info.setCreationDate(fixed);
                info.setModificationDate(fixed);
                byte[] bytes = HexFormat.of().parseHex(id.substring(0, 32));
                COSArray ids = new COSArray();
                ids.add(new COSString(bytes));
                ids.add(new COSString(bytes));
                pdf.getDocument().setDocumentID(ids);
                LinkDescriptions.fill(pdf);
                PDPage cover = pdf.getPage(0);
                byte[] content;
                try (InputStream in = cover.getContents()) {
                    content = in.readAllBytes();
                }
                cover.setContents(new PDStream(pdf, new ByteArrayInputStream(content)));
                Optional<StampTable> stamp = StampTable.of(cover);
                pdf.save(out);
                return new LaidOut(out.toByteArray(), stamp);
            }
        }
    }
}
