package dev.bscportal.core.load;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a workbook's zip container the way the workbook library does (through its central directory) and unpacks
 * every entry once, counting, before the library sees it: a zip bomb (an entry that unpacks far beyond its packed
 * size, or entries that add up beyond {@link Bounds#maxUnpackedBytes()}) is refused before anything is parsed.
 * On the way it notes the merged cell ranges of each worksheet part and the workbook's relationships, which the
 * library does not report.
 */
final class WorkbookArchive {

    /** Bounds on the unpacked content of one workbook. */
    record Bounds(long maxUnpackedBytes, long maxEntryBytes, int maxRatio, long ratioFreeBytes, int maxEntries) {
        static final Bounds DEFAULTS = new Bounds(256L << 20, 200L << 20, 100, 1L << 20, 10_000);
    }

    /** Why an archive was refused: a message for the user. */
    static final class Refused extends Exception {
        private final boolean tooLarge;

        Refused(String message, boolean tooLarge) {
            super(message, null, false, false);
            this.tooLarge = tooLarge;
        }

        /** True for a bound (a zip bomb), false for a file that is not a readable zip. */
        boolean tooLarge() {
            return tooLarge;
        }
    }

    /** What the check found: merged ranges by worksheet part ({@code xl/worksheets/sheet1.xml}) and relationship targets by id. */
    record Contents(Map<String, List<String>> mergedRanges, Map<String, String> workbookRelations) {

        /** The merged ranges of the worksheet that the workbook's relationship {@code relationId} names. */
        List<String> mergedRangesOf(String relationId) {
            // a sheet without a relationship id (a damaged workbook) has none: the library then refuses the sheet
            String target = relationId == null ? null : workbookRelations.get(relationId);
            if (target == null) {
                return List.of();
            }
            String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
            return mergedRanges.getOrDefault(part, List.of());
        }
    }

    private static final Pattern MERGE = Pattern.compile("<(?:[A-Za-z0-9_]+:)?mergeCell\\s+ref=\"([A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?)\"");
    private static final Pattern RELATION = Pattern.compile("<(?:[A-Za-z0-9_]+:)?Relationship\\s[^>]*?(Id|Target)=\"([^\"]*)\"[^>]*?(Id|Target)=\"([^\"]*)\"");
    private static final int MAX_RANGES = 1000;

    private WorkbookArchive() {
    }

    static Contents check(byte[] bytes, Bounds bounds) throws Refused {
        Map<String, List<String>> merged = new TreeMap<>();
        Map<String, String> relations = new TreeMap<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > bounds.maxEntries()) {
                throw new Refused("The workbook holds " + entries.size() + " parts; at most " + bounds.maxEntries() + " are read.", true);
            }
            long total = 0;
            for (ZipArchiveEntry entry : entries) {
                String name = entry.getName();
                boolean worksheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml");
                boolean workbookRels = name.equals("xl/_rels/workbook.xml.rels");
                Scan scan = new Scan(worksheet || workbookRels);
                long size;
                try (InputStream in = zip.getInputStream(entry)) {
                    size = unpack(in, entry, bounds, bounds.maxUnpackedBytes() - total, scan);
                }
                total += size;
                if (worksheet) {
                    List<String> ranges = scan.mergedRanges();
                    if (!ranges.isEmpty()) {
                        merged.put(name, ranges);
                    }
                } else if (workbookRels) {
                    Matcher m = RELATION.matcher(scan.text());
                    while (m.find()) {
                        String id = m.group(1).equals("Id") ? m.group(2) : m.group(4);
                        String target = m.group(1).equals("Target") ? m.group(2) : m.group(4);
                        relations.put(id, target);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("The file is not a readable .xlsx workbook (its zip container is damaged or it is another format).", false);
        }
        return new Contents(merged, relations);
    }

    private static long unpack(InputStream in, ZipArchiveEntry entry, Bounds bounds, long left, Scan scan) throws IOException, Refused {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        long packed = Math.max(1, entry.getCompressedSize());
        for (int n; (n = in.read(buffer)) > 0; ) {
            size += n;
            if (size > bounds.maxEntryBytes() || size > left) {
                throw new Refused("The part " + safe(entry.getName()) + " unpacks to more than "
                        + (Math.min(bounds.maxEntryBytes(), left + size - n) >> 20) + " MiB (a zip bomb, or far more data than a strategy needs).", true);
            }
            if (size > bounds.ratioFreeBytes() && size / packed > bounds.maxRatio()) {
                throw new Refused("The part " + safe(entry.getName()) + " unpacks to more than " + bounds.maxRatio()
                        + " times its packed size (a zip bomb).", true);
            }
            scan.add(buffer, n);
        }
        return size;
    }

    /** A part name as the user may see it: printable ASCII, at most 100 characters. */
    private static String safe(String name) {
        String printable = name.replaceAll("[^\\x20-\\x7E]", "?");
        return "'" + (printable.length() > 100 ? printable.substring(0, 100) + "..." : printable) + "'";
    }

    /**
     * Text of a part, for the small searches above: relationships are kept whole (bounded), a worksheet is searched
     * as it streams by, keeping only a tail across buffer ends.
     */
    private static final class Scan {
        private final boolean wanted;
        private final StringBuilder window = new StringBuilder();
        private final List<String> found = new ArrayList<>();

        Scan(boolean wanted) {
            this.wanted = wanted;
        }

        void add(byte[] buffer, int n) {
            if (wanted) {
                window.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                if (window.length() > (1 << 20)) {
                    collect();
                    window.delete(0, window.length() - 200);
                }
            }
        }

        private void collect() {
            Matcher m = MERGE.matcher(window);
            int last = 0;
            while (m.find() && found.size() < MAX_RANGES) {
                found.add(m.group(1));
                last = m.end();
            }
            window.delete(0, last);
        }

        List<String> mergedRanges() {
            collect();
            return List.copyOf(found);
        }

        String text() {
            return window.toString();
        }
    }
}
