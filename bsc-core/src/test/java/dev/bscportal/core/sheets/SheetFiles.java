package dev.bscportal.core.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Test helpers: copies of strategies, snapshots of every file, and filling the cells of a written update sheet. */
final class SheetFiles {

    static final Path EXAMPLE = Path.of("../example-strategy/src/strategy");
    static final Path FIXTURES = Path.of("src/test/resources/strategies");

    private SheetFiles() {
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** Every file's bytes by relative path. */
    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** Rewrites the sheet XML of a workbook. */
    static byte[] editSheet(byte[] workbook, UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook)); ZipOutputStream zip = new ZipOutputStream(out)) {
            // the workbooks bsc:sheets writes carry their sizes in the local headers, so a plain ZipInputStream reads them
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String sheetXml(byte[] workbook) throws IOException {
        return part(workbook, "xl/worksheets/sheet1.xml");
    }

    static String part(byte[] workbook, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("no " + name);
    }

    /** Puts a number into the (empty, styled) cell {@code ref}, e.g. D7. */
    static UnaryOperator<String> number(String ref, String number) {
        return xml -> replaceCell(xml, ref, "<v>" + number + "</v>", "n");
    }

    /** Puts inline text into the cell {@code ref}. */
    static UnaryOperator<String> text(String ref, String text) {
        return xml -> replaceCell(xml, ref, "<is><t>" + text + "</t></is>", "inlineStr");
    }

    private static String replaceCell(String xml, String ref, String content, String type) {
        Matcher m = Pattern.compile("<c r=\"" + ref + "\"([^>]*?)(/>|>.*?</c>)").matcher(xml);
        if (!m.find()) {
            throw new IllegalArgumentException("no cell " + ref + " in the sheet");
        }
        String attributes = m.group(1).replaceAll("\\s*t=\"[^\"]*\"", "");
        return xml.substring(0, m.start()) + "<c r=\"" + ref + "\"" + attributes + " t=\"" + type + "\">" + content + "</c>"
                + xml.substring(m.end());
    }
}
