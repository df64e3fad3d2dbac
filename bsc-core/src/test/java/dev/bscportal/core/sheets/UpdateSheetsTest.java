package dev.bscportal.core.sheets;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpdateSheetsTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(SheetsGrouping.class)
    void givenTheExampleStrategy_whenSheetsAreWrittenTwice_thenEveryWorkbookIsByteIdentical(SheetsGrouping by) throws Exception {
        SheetsReport first = new UpdateSheets(by, 4).write(SheetFiles.EXAMPLE, temp.resolve("a"));
        Thread.sleep(2100); // later: a clock time anywhere in the bytes (zip times have 2 s steps) would differ now
        SheetsReport second = new UpdateSheets(by, 4).write(SheetFiles.EXAMPLE, temp.resolve("b"));

        assertEquals(List.of(), first.errors());
        assertEquals(List.of(), second.errors());
        Map<String, byte[]> a = SheetFiles.snapshot(temp.resolve("a"));
        Map<String, byte[]> b = SheetFiles.snapshot(temp.resolve("b"));
        assertFalse(a.isEmpty());
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
    }

    @Test
    void givenOwners_whenSheetsAreWritten_thenEachOwnerGetsTheirMeasuresWithRecentValuesAndTheDuePeriods() throws Exception {
        SheetsReport report = new UpdateSheets(SheetsGrouping.OWNER, 4).write(SheetFiles.EXAMPLE, temp);

        assertEquals(List.of(), report.errors());
        List<SheetRows> lena = SheetRows.of(Files.readAllBytes(temp.resolve("lena-hoffmann.xlsx")));
        // nps (quarterly, inline in measures/nps.yaml, last value 2026-Q3, as-of 2026-10): four recent values, then 2026-Q4
        List<SheetRows> nps = lena.stream().filter(r -> r.measure().equals("nps")).toList();
        assertEquals(List.of("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"), nps.stream().map(SheetRows::period).toList());
        assertEquals(35.0, Double.parseDouble(nps.get(3).value()));
        assertEquals("Survey closed late; response rate 61 percent", nps.get(3).note());
        assertTrue(nps.get(3).recordedIn().startsWith("measures/nps.yaml:"), nps.get(3).recordedIn());
        assertTrue(nps.get(4).due());
        // every measure in Lena's book is hers
        assertTrue(lena.stream().allMatch(r -> ownerOf(r.measure()).equals("Lena Hoffmann")), lena.toString());
        // and every owned, recorded measure of the example is in someone's book exactly once
        long listed = SheetFiles.snapshot(temp).values().stream().mapToLong(book -> {
            try {
                return SheetRows.of(book).stream().map(SheetRows::measure).distinct().count();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).sum();
        assertEquals(38, listed, "measures of the example that record values (company and units; calculated ones left out)");
    }

    @Test
    void givenUnits_whenSheetsAreWrittenByUnit_thenUnitMeasuresAreNamedWithTheUnitPath() throws Exception {
        SheetsReport report = new UpdateSheets(SheetsGrouping.UNIT, 2).write(SheetFiles.EXAMPLE, temp);

        assertEquals(List.of(), report.errors());
        assertEquals(Set.of("company.xlsx", "operations.xlsx", "sales.xlsx"), SheetFiles.snapshot(temp).keySet());
        List<SheetRows> sales = SheetRows.of(Files.readAllBytes(temp.resolve("sales.xlsx")));
        assertFalse(sales.isEmpty());
        assertTrue(sales.stream().allMatch(r -> r.measure().startsWith("sales/")), sales.toString());
        Map<String, Long> recorded = sales.stream().filter(r -> !r.due())
                .collect(Collectors.groupingBy(SheetRows::measure, Collectors.counting()));
        assertTrue(recorded.values().stream().allMatch(n -> n <= 2), recorded.toString());
    }

    @Test
    void givenAWrittenSheet_thenOnlyTheDueValueAndNoteCellsAreUnlockedAndValueCellsTakeNumbersOnly() throws Exception {
        new UpdateSheets(SheetsGrouping.OWNER, 4).write(SheetFiles.EXAMPLE, temp);
        byte[] book = Files.readAllBytes(temp.resolve("lena-hoffmann.xlsx"));
        String xml = SheetFiles.sheetXml(book);
        List<SheetRows> rows = SheetRows.of(book);

        assertTrue(xml.contains("<sheetProtection") && xml.contains("sheet=\"true\""), "the sheet is protected");
        assertTrue(rows.stream().anyMatch(SheetRows::due));
        for (SheetRows row : rows) {
            boolean validated = xml.contains("sqref=\"D" + row.row() + ":D" + row.row() + "\"") && xml.contains("ISNUMBER(D" + row.row() + ")");
            assertEquals(row.due(), validated, "row " + row.row());
            String dueStyle = styleOf(xml, "D" + row.row());
            assertEquals(row.due(), !dueStyle.isEmpty() && unlocked(book, dueStyle), "value cell of row " + row.row());
            assertEquals(row.due(), !styleOf(xml, "E" + row.row()).isEmpty() && unlocked(book, styleOf(xml, "E" + row.row())),
                    "note cell of row " + row.row());
            assertTrue(styleOf(xml, "A" + row.row()).isEmpty() || !unlocked(book, styleOf(xml, "A" + row.row())));
        }
    }

    @Test
    void givenAnOutputFolderInsideTheStrategy_whenSheetsAreWritten_thenRefusedAndNothingWritten() throws Exception {
        Path strategy = SheetFiles.copy(SheetFiles.EXAMPLE, temp.resolve("strategy"));
        Map<String, byte[]> before = SheetFiles.snapshot(strategy);

        SheetsReport report = new UpdateSheets(SheetsGrouping.OWNER, 4).write(strategy, strategy.resolve("measurements/sheets"));

        assertEquals(List.of(ProblemCode.SHEETS_PATH_REFUSED), report.errors().stream().map(Problem::code).toList());
        assertEquals(before.keySet(), SheetFiles.snapshot(strategy).keySet());
    }

    @Test
    void givenNoAsOfAndNoValues_whenSheetsAreWritten_thenEachMeasureIsListedWithAWarningAndNoDueRow() throws Exception {
        SheetsReport report = new UpdateSheets(SheetsGrouping.OWNER, 4).write(SheetFiles.FIXTURES.resolve("public-sector"), temp);

        assertEquals(List.of(), report.errors());
        assertFalse(report.problems().isEmpty());
        // one warning per measure (18), at the measure's file
        assertEquals(18, report.problems().size());
        assertEquals("BSC167 measures/apprentices.yaml", report.problems().get(0).code().code() + " " + report.problems().get(0).position().file());
        assertTrue(report.problems().stream().allMatch(p -> p.code() == ProblemCode.NO_PERIOD_TO_FILL), report.problems().toString());
    }

    /** The style index of a cell ({@code s="3"}), empty when it has none. */
    static String styleOf(String sheetXml, String ref) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<c r=\"" + ref + "\"[^>]*?\\ss=\"(\\d+)\"").matcher(sheetXml);
        return m.find() ? m.group(1) : "";
    }

    /** True when the style (an index into cellXfs) has protection locked="false". */
    static boolean unlocked(byte[] book, String style) throws java.io.IOException {
        String styles = SheetFiles.part(book, "xl/styles.xml");
        String xfs = styles.substring(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
        List<String> xf = java.util.Arrays.stream(xfs.split("<xf ")).skip(1).toList();
        return xf.get(Integer.parseInt(style)).contains("locked=\"false\"");
    }

    private static String ownerOf(String measure) {
        try {
            return Files.readAllLines(SheetFiles.EXAMPLE.resolve("measures/" + measure + ".yaml")).stream()
                    .filter(l -> l.startsWith("owner:")).findFirst().orElse("").substring("owner:".length()).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
