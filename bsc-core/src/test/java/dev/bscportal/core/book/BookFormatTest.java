package dev.bscportal.core.book;

import dev.bscportal.core.files.CodeStamp;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The books' format is the stamp of the code that writes them, not a version raised by hand. */
class BookFormatTest {

    @Test
    void givenTheRunningCodeThenTheFormatStampsTheEngineThePdfLibrariesTheSvgEngineWhenPresentAndTheFontArtifact() {
        String stamp = BookFormat.ofRunningCode().stamp();
        for (Class<?> type : new Class<?>[] {BriefingBooks.class, com.openhtmltopdf.pdfboxout.PdfRendererBuilder.class,
                org.apache.pdfbox.pdmodel.PDDocument.class, com.openhtmltopdf.svgsupport.BatikSVGDrawer.class}) {
            assertTrue(stamp.contains(CodeStamp.of(type)), type + " is not in " + stamp);
        }
        assertTrue(stamp.contains("openpdf-fonts-extra"), stamp);
    }

    @Test
    void givenTheSameCodeThenTheDigestIsTheSameAndOtherCodeGivesAnother() {
        assertEquals(BookFormat.ofRunningCode().digest(), BookFormat.ofRunningCode().digest());
        assertNotEquals(BookFormat.ofRunningCode().digest(), new BookFormat(BookFormat.ofRunningCode().stamp() + "x").digest());
        assertEquals(64, BookFormat.ofRunningCode().digest().length());
    }
}
