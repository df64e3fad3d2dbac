package dev.bscportal.core.sheets;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes a workbook's bytes depend on its content only: every zip entry gets the same fixed time (no clock time of the
 * writing), and the document dates of {@code docProps/core.xml} a fixed day, so the same strategy gives byte-identical
 * workbooks. Entries keep their order.
 */
final class StableZip {

    /** The zip format's time has no zone: set as a local date-time, it is the same bytes in every time zone. */
    static final java.time.LocalDateTime ENTRY_TIME = java.time.LocalDateTime.of(2000, 1, 1, 0, 0);
    static final String DOCUMENT_DATE = "2000-01-01T00:00:00Z";

    private StableZip() {
    }

    static byte[] normalise(byte[] workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(workbook.length);
        // read through the central directory: the writer streams its parts with sizes only after the data
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get();
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(6);
            for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
                byte[] bytes;
                try (InputStream part = in.getInputStream(entry)) {
                    bytes = part.readAllBytes();
                }
                if (entry.getName().equals("docProps/core.xml")) {
                    bytes = fixedDates(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(copy);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String fixedDates(String coreXml) {
        return coreXml.replaceAll("(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", "$1" + DOCUMENT_DATE + "$2");
    }
}
