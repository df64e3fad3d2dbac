package dev.bscportal.core.load;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The zip bounds of a workbook at their exact edges, with small bounds so the edges are cheap to reach. */
class WorkbookArchiveTest {

    // at most 10,000 bytes unpacked in all, 4,000 per part, ratio 50 above 1,000 bytes, 5 parts
    private static final WorkbookArchive.Bounds SMALL = new WorkbookArchive.Bounds(10_000, 4_000, 50, 1_000, 5);

    @Test
    void asManyPartsAsTheBoundAreReadAndOneMoreIsRefused() throws Exception {
        assertDoesNotThrow(() -> WorkbookArchive.check(zip(parts(5, 10), false), SMALL));

        WorkbookArchive.Refused refused = assertThrows(WorkbookArchive.Refused.class,
                () -> WorkbookArchive.check(zip(parts(6, 10), false), SMALL));
        assertTrue(refused.tooLarge());
        assertEquals("The workbook holds 6 parts; at most 5 are read.", refused.getMessage());
    }

    @Test
    void aPartOfExactlyTheBoundIsReadAndOneByteMoreIsRefused() throws Exception {
        // stored (not compressed) parts, so the ratio bound plays no part
        assertDoesNotThrow(() -> WorkbookArchive.check(zip(Map.of("xl/a.xml", text(4_000)), true), SMALL));

        WorkbookArchive.Refused refused = assertThrows(WorkbookArchive.Refused.class,
                () -> WorkbookArchive.check(zip(Map.of("xl/a.xml", text(4_001)), true), SMALL));
        assertTrue(refused.tooLarge());
        assertTrue(refused.getMessage().startsWith("The part 'xl/a.xml' unpacks to more than"), refused.getMessage());
    }

    @Test
    void partsAddUpToTheTotalBoundAndTheMessageNamesTheMebibytesLeft() throws Exception {
        // three parts of 3,000 and one of 1,000: exactly 10,000 in all
        Map<String, byte[]> exact = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            exact.put("xl/p" + i + ".xml", text(3_000));
        }
        exact.put("xl/last.xml", text(1_000));
        assertDoesNotThrow(() -> WorkbookArchive.check(zip(exact, true), SMALL));

        exact.put("xl/last.xml", text(1_001));
        WorkbookArchive.Refused refused = assertThrows(WorkbookArchive.Refused.class, () -> WorkbookArchive.check(zip(exact, true), SMALL));
        assertTrue(refused.getMessage().startsWith("The part 'xl/last.xml' unpacks to more than"), refused.getMessage());

        // with the real bounds, a part past 200 MiB is named with its MiB
        WorkbookArchive.Bounds mib = new WorkbookArchive.Bounds(3L << 20, 2L << 20, 1_000_000, 1L << 30, 5);
        WorkbookArchive.Refused big = assertThrows(WorkbookArchive.Refused.class,
                () -> WorkbookArchive.check(zip(Map.of("xl/big.xml", text((2 << 20) + 1)), true), mib));
        assertEquals("The part 'xl/big.xml' unpacks to more than 2 MiB (a zip bomb, or far more data than a strategy needs).",
                big.getMessage());
    }

    @Test
    void aHighlyCompressedPartIsAllowedUpToTheRatioFreeSizeAndRefusedAboveIt() throws Exception {
        // 1,000 zeros compress about 90-fold but stay within the ratio-free size; 1,001 do not
        assertDoesNotThrow(() -> WorkbookArchive.check(zip(Map.of("xl/z.xml", new byte[1_000]), false), SMALL));

        WorkbookArchive.Refused refused = assertThrows(WorkbookArchive.Refused.class,
                () -> WorkbookArchive.check(zip(Map.of("xl/z.xml", new byte[1_001]), false), SMALL));
        assertTrue(refused.tooLarge());
        assertEquals("The part 'xl/z.xml' unpacks to more than 50 times its packed size (a zip bomb).", refused.getMessage());
    }

    @Test
    void aPartThatCompressesLessThanTheRatioIsReadWhateverItsSize() {
        // random-looking text compresses far less than 50-fold
        StringBuilder varied = new StringBuilder();
        long x = 7;
        while (varied.length() < 3_500) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            varied.append(Long.toString(x >>> 1, 36));
        }
        assertDoesNotThrow(() -> WorkbookArchive.check(zip(Map.of("xl/v.xml",
                varied.substring(0, 3_500).getBytes(StandardCharsets.US_ASCII)), false), SMALL));
    }

    @Test
    void aPartNameIsShownPrintableAndAtMostAHundredCharacters() throws Exception {
        String name = "xl/\u0007bell\u00e9" + "n".repeat(200) + ".xml";
        WorkbookArchive.Refused refused = assertThrows(WorkbookArchive.Refused.class,
                () -> WorkbookArchive.check(zip(Map.of(name, text(4_001)), true), SMALL));
        String shown = refused.getMessage().substring("The part '".length(), refused.getMessage().indexOf("' unpacks"));
        assertEquals("xl/?bell?" + "n".repeat(91) + "...", shown);

        String shortName = "xl/" + "n".repeat(97);
        WorkbookArchive.Refused whole = assertThrows(WorkbookArchive.Refused.class,
                () -> WorkbookArchive.check(zip(Map.of(shortName, text(4_001)), true), SMALL));
        assertTrue(whole.getMessage().startsWith("The part '" + shortName + "' unpacks"), whole.getMessage());
    }

    @Test
    void bytesThatAreNotAZipAreRefusedAsUnreadableNotAsTooLarge() {
        WorkbookArchive.Refused refused = assertThrows(WorkbookArchive.Refused.class,
                () -> WorkbookArchive.check("name,value\n".getBytes(StandardCharsets.US_ASCII), SMALL));
        assertFalse(refused.tooLarge());
    }

    @Test
    void mergedRangesAndRelationshipsAreFoundInTheirParts() throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("xl/_rels/workbook.xml.rels", ("<Relationships><Relationship Target=\"worksheets/sheet1.xml\" Id=\"rId1\" "
                + "Type=\"t\"/><Relationship Id=\"rId2\" Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet1.xml", "<x:mergeCell ref=\"A1:B2\"/><mergeCell ref=\"C7\"/>".getBytes(StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet2.xml", "<sheetData/>".getBytes(StandardCharsets.UTF_8));

        WorkbookArchive.Contents contents = WorkbookArchive.check(zip(parts, false), WorkbookArchive.Bounds.DEFAULTS);

        assertEquals(List.of("A1:B2", "C7"), contents.mergedRangesOf("rId1"));
        assertEquals(List.of(), contents.mergedRangesOf("rId2"));
        assertEquals(List.of(), contents.mergedRangesOf("rId9"));
        assertEquals(List.of(), contents.mergedRangesOf(null));
    }

    private static Map<String, byte[]> parts(int count, int size) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            parts.put("xl/part" + i + ".xml", text(size));
        }
        return parts;
    }

    private static byte[] text(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    private static byte[] zip(Map<String, byte[]> parts, boolean stored) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(part.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(part.getValue().length);
                    entry.setCompressedSize(part.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
