package dev.bscportal.core.load;

import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Workbooks written by the fastexcel library and by LibreOffice, read back value by value and cell by cell. */
class WorkbookMeasurementReaderTest {

    private static final Map<String, Frequency> FREQUENCIES = Map.of("revenue", Frequency.MONTHLY, "nps", Frequency.QUARTERLY,
            "training", Frequency.MONTHLY, "headcount", Frequency.YEARLY);
    private static final String FILE = "measurements/q3.xlsx";

    private final List<Problem> problems = new ArrayList<>();

    private List<Measurement> read(byte[] bytes) {
        return new WorkbookMeasurementReader().read(bytes, FILE, FREQUENCIES, problems::add);
    }

    private List<String> problemLines() {
        return problems.stream().map(p -> p.code().code() + " " + p.position()).toList();
    }

    private static List<String> values(List<Measurement> measurements) {
        return measurements.stream().map(m -> m.measure() + " " + m.period() + " " + m.value()
                + (m.note().isEmpty() ? "" : " '" + m.note() + "'")).toList();
    }

    private static byte[] workbook(Consumer<Workbook> sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        sheets.accept(wb);
        wb.finish();
        return out.toByteArray();
    }

    private static void header(Worksheet ws, String... names) {
        for (int i = 0; i < names.length; i++) {
            ws.value(0, i, names[i]);
        }
    }

    @Test
    void aLongSheetWrittenByTheLibraryGivesItsRowsWithNotesInAnyColumnOrder() throws IOException {
        // given a long sheet with the columns in another order, a number stored as text and a note
        byte[] bytes = workbook(wb -> {
            Worksheet ws = wb.newWorksheet("Actuals");
            header(ws, "Value", "Period", "Measure", "Note");
            ws.value(1, 0, 7.25);
            ws.value(1, 1, "2026-07");
            ws.value(1, 2, "revenue");
            ws.value(2, 0, "7.5");
            ws.value(2, 1, "2026-08");
            ws.value(2, 2, "revenue");
            ws.value(2, 3, "Closed late");
            ws.value(3, 0, 31);
            ws.value(3, 1, "2026-Q3");
            ws.value(3, 2, "nps");
        });

        // when it is read
        List<Measurement> measurements = read(bytes);

        // then every row is a measurement at its value cell, and nothing is reported
        assertEquals(List.of(), problemLines());
        assertEquals(List.of("revenue 2026-07 7.25", "revenue 2026-08 7.5 'Closed late'", "nps 2026-Q3 31.0"), values(measurements));
        assertEquals("measurements/q3.xlsx!Actuals!A3", measurements.get(1).origin().at().toString());
        assertEquals("measurements/q3.xlsx!Actuals!C3", measurements.get(1).origin().of("measure").toString());
    }

    @Test
    void aWideSheetGivesOneValuePerFilledPeriodCellAndReadsDateAndYearHeadersByEachMeasuresFrequency() throws IOException {
        // given a finance export: a measure column, then periods as text, as date cells and as a whole-number year
        byte[] bytes = workbook(wb -> {
            Worksheet ws = wb.newWorksheet("Finance");
            ws.value(0, 0, "measure");
            ws.value(0, 1, LocalDate.of(2026, 6, 30));
            ws.style(0, 1).format("yyyy-mm-dd").set();
            ws.value(0, 2, LocalDate.of(2026, 9, 30));
            ws.style(0, 2).format("dd.mm.yyyy").set();
            ws.value(0, 3, 2026);
            ws.value(1, 0, "revenue");
            ws.value(1, 1, 7.1);
            ws.value(1, 2, 7.4);
            ws.value(2, 0, "nps");
            ws.value(2, 2, 33);
            ws.value(3, 0, "headcount");
            ws.value(3, 3, 412);
        });

        List<Measurement> measurements = read(bytes);

        // then the 30th of September is the month 2026-09 for a monthly measure and the quarter 2026-Q3 for a quarterly one
        assertEquals(List.of(), problemLines());
        assertEquals(List.of("revenue 2026-06 7.1", "revenue 2026-09 7.4", "nps 2026-Q3 33.0", "headcount 2026 412.0"), values(measurements));
    }

    @Test
    void aDateThatIsNeitherTheFirstNorTheLastDayOfThePeriodIsRefusedAtItsCell() throws IOException {
        byte[] bytes = workbook(wb -> {
            Worksheet ws = wb.newWorksheet("Sheet1");
            header(ws, "measure", "period", "value");
            ws.value(1, 0, "nps");
            ws.value(1, 1, LocalDate.of(2026, 8, 31)); // the last day of a month, not of a quarter
            ws.style(1, 1).format("yyyy-mm-dd").set();
            ws.value(1, 2, 30);
            ws.value(2, 0, "revenue");
            ws.value(2, 1, LocalDate.of(2026, 8, 1));
            ws.style(2, 1).format("d mmm yyyy").set();
            ws.value(2, 2, 8);
        });

        List<Measurement> measurements = read(bytes);

        assertEquals(List.of("BSC154 measurements/q3.xlsx!Sheet1!B2"), problemLines());
        assertTrue(problems.get(0).message().contains("2026-08-31") && problems.get(0).message().contains("quarter"), problems.get(0).message());
        assertEquals(List.of("revenue 2026-08 8.0"), values(measurements));
    }

    @Test
    void textABooleanAndADateWhereANumberBelongsAreRefusedEachAtItsCell() throws IOException {
        byte[] bytes = workbook(wb -> {
            Worksheet ws = wb.newWorksheet("Sheet1");
            header(ws, "measure", "period", "value");
            String[] texts = {"n/a", "12 %", "1,200"};
            for (int i = 0; i < texts.length; i++) {
                ws.value(1 + i, 0, "revenue");
                ws.value(1 + i, 1, "2026-0" + (1 + i));
                ws.value(1 + i, 2, texts[i]);
            }
            ws.value(4, 0, "revenue");
            ws.value(4, 1, "2026-04");
            ws.value(4, 2, Boolean.TRUE);
            ws.value(5, 0, "revenue");
            ws.value(5, 1, "2026-05");
            ws.value(5, 2, LocalDate.of(2026, 5, 1));
            ws.style(5, 2).format("yyyy-mm-dd").set();
        });

        List<Measurement> measurements = read(bytes);

        assertEquals(List.of("BSC152 measurements/q3.xlsx!Sheet1!C2", "BSC152 measurements/q3.xlsx!Sheet1!C3",
                "BSC152 measurements/q3.xlsx!Sheet1!C4", "BSC152 measurements/q3.xlsx!Sheet1!C5",
                "BSC152 measurements/q3.xlsx!Sheet1!C6"), problemLines());
        assertEquals(List.of(), measurements);
    }

    @Test
    void aWideSheetsNoteColumnAnnotatesThePeriodColumnJustLeftOfIt() throws IOException {
        // given a wide sheet where two of three period columns have a note column to their right
        byte[] bytes = workbook(wb -> {
            Worksheet ws = wb.newWorksheet("Finance");
            header(ws, "measure", "2026-07", "note", "2026-08", "2026-09", "Note");
            ws.value(1, 0, "revenue");
            ws.value(1, 1, 7.1);
            ws.value(1, 2, "  plant shut for two weeks ");
            ws.value(1, 3, 7.2);
            ws.value(1, 4, 7.4);
            ws.value(1, 5, "new plant online");
            ws.value(2, 0, "training");
            ws.value(2, 2, "a note without a value is not a measurement");
            ws.value(2, 3, 6);
        });

        List<Measurement> measurements = read(bytes);

        // then each value carries the note of its own column, stripped; a note beside an empty value says nothing
        assertEquals(List.of(), problemLines());
        assertEquals(List.of("revenue 2026-07 7.1 'plant shut for two weeks'", "revenue 2026-08 7.2", "revenue 2026-09 7.4 'new plant online'",
                "training 2026-08 6.0"), values(measurements));
    }

    @Test
    void aWideSheetsNoteColumnThatFollowsNoPeriodColumnIsRefusedAtItsHeaderCell() throws IOException {
        // given note columns first, twice in a row, and after the measure column
        for (String[] header : List.of(new String[] {"measure", "note", "2026-07"}, new String[] {"measure", "2026-07", "note", "note"},
                new String[] {"measure", "2026-07", "", "note"})) {
            problems.clear();
            byte[] bytes = workbook(wb -> {
                Worksheet ws = wb.newWorksheet("Finance");
                for (int c = 0; c < header.length; c++) {
                    if (!header[c].isEmpty()) {
                        ws.value(0, c, header[c]);
                    }
                }
                ws.value(1, 0, "revenue");
                ws.value(1, 1, 7.1);
            });

            List<Measurement> measurements = read(bytes);

            // then BSC150 at the stray note column, and nothing of the sheet is read
            int stray = java.util.Arrays.asList(header).lastIndexOf("note");
            assertEquals(List.of("BSC150 measurements/q3.xlsx!Finance!" + (char) ('A' + stray) + "1"), problemLines(), String.join("|", header));
            assertEquals(List.of(), measurements);
        }
    }

    @Test
    void aFormulaWithoutASavedResultIsRefusedAndHiddenSheetsAreNotReadButNamedInAWarning() throws IOException {
        // given the library's formula (it saves no result) on a visible sheet, and rubbish on a hidden one
        byte[] bytes = workbook(wb -> {
            Worksheet ws = wb.newWorksheet("Sheet1");
            header(ws, "measure", "period", "value");
            ws.value(1, 0, "revenue");
            ws.value(1, 1, "2026-01");
            ws.formula(1, 2, "1+2");
            Worksheet hidden = wb.newWorksheet("Lookup");
            hidden.value(0, 0, "not a header");
            hidden.setVisibilityState(VisibilityState.HIDDEN);
            Worksheet veryHidden = wb.newWorksheet("Macro data");
            veryHidden.value(0, 0, "neither");
            veryHidden.setVisibilityState(VisibilityState.VERY_HIDDEN);
        });

        read(bytes);

        // hidden and very hidden alike: a warning naming the workbook and the sheet, nothing of their cells read
        assertEquals(List.of("BSC153 measurements/q3.xlsx!Sheet1!C2", "BSC166 measurements/q3.xlsx!Lookup",
                "BSC166 measurements/q3.xlsx!'Macro data'"), problemLines());
        assertTrue(problems.stream().filter(p -> p.code().code().equals("BSC166")).noneMatch(Problem::isError));
    }

    @Test
    void workbooksMadeByLibreOfficeAreReadWithTheirFormulaResultsAndDateHeaders() throws IOException {
        List<Measurement> longLayout = read(fixture("libreoffice-long.xlsx"));
        List<Measurement> wideLayout = read(fixture("libreoffice-wide.xlsx"));

        assertEquals(List.of(), problemLines());
        assertEquals(List.of("training 2026-07 5.0", "training 2026-08 6.0 'from a formula'", "training 2026-09 6.5 'Survey, late'"),
                values(longLayout));
        assertEquals(List.of("training 2026-06 5.0", "training 2026-07 6.0", "nps 2026-Q3 28.0"), values(wideLayout));
        assertEquals("measurements/q3.xlsx!'libreoffice-wide'!D3", wideLayout.get(2).origin().at().toString());
    }

    @Test
    void aZipBombIsRefusedWhileUnpackingWhateverItsEntriesClaim() throws IOException {
        // given parts that unpack to far more than their packed size, and a part beyond the total bound
        byte[] ratio = zip("xl/worksheets/sheet1.xml", 4 << 20);
        WorkbookArchive.Bounds small = new WorkbookArchive.Bounds(2L << 20, 2L << 20, 1000, 1L << 20, 100);
        byte[] big = zip("xl/sharedStrings.xml", 3 << 20);

        read(ratio);
        new WorkbookMeasurementReader(small).read(big, FILE, FREQUENCIES, problems::add);

        assertEquals(List.of("BSC151 measurements/q3.xlsx", "BSC151 measurements/q3.xlsx"), problemLines());
        assertTrue(problems.get(0).message().contains("times its packed size"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("more than 2 MiB"), problems.get(1).message());
    }

    @Test
    void whatIsNoWorkbookIsRefusedAsAWholeWithoutAStackTrace() throws IOException {
        List<byte[]> rubbish = List.of("measure,period,value\n".getBytes(), new byte[0], new byte[] {'P', 'K', 3, 4, 0, 0},
                zip("hello.txt", 10), zip("xl/workbook.xml", 10));
        for (byte[] bytes : rubbish) {
            read(bytes);
        }
        assertEquals(5, problems.size(), problems.toString());
        for (Problem p : problems) {
            assertEquals("BSC150 measurements/q3.xlsx", p.code().code() + " " + p.position(), p.toString());
            assertTrue(!p.message().contains("Exception:") && !p.message().contains("\tat "), p.message());
        }
    }

    @Test
    void anExternalEntityInASheetIsNeitherFetchedNorExpanded(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        // given a sheet whose DOCTYPE declares an entity reading a local file, used as a note
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>measure</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>period</t></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>value</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>note</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>revenue</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>2026-01</t></is></c>"
                + "<c r=\"C2\"><v>5</v></c><c r=\"D2\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>";

        List<Measurement> measurements = read(handWritten(sheet));

        // then the file's content is nowhere: not in a measurement, not in a problem
        String everything = measurements + " " + problems;
        assertTrue(!everything.contains("TOP-SECRET-42"), everything);
        assertTrue(!problems.isEmpty() || measurements.stream().noneMatch(m -> m.note().contains("SECRET")), everything);
    }

    /** A sheet without a name made the reader's own positions throw (fuzz finding): it is the user's damaged file. */
    @Test
    void givenASheetWithoutAName_whenRead_thenTheFileIsReportedDamagedAtTheFileAndNothingThrows() throws IOException {
        byte[] bytes;
        try (InputStream in = WorkbookMeasurementReaderTest.class.getResourceAsStream(
                "/dev/bscportal/core/fuzz/WorkbookFuzzTestInputs/workbookEndsInMeasurementsOrProblems/finding-sheet-without-name")) {
            bytes = in.readAllBytes();
        }

        read(bytes);

        assertTrue(problems.stream().anyMatch(p -> p.code() == ProblemCode.MALFORMED_WORKBOOK
                && p.position().equals(SourcePosition.file(FILE)) && p.message().contains("has no name")), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.message().contains(WorkbookMeasurementReader.UNEXPECTED)), problems.toString());
    }

    /** A minimal workbook around one sheet's XML, as a hostile tool might write it. */
    private static byte[] handWritten(String sheetXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
            parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            parts.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            parts.put("xl/worksheets/sheet1.xml", sheetXml);
            for (java.util.Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] zip(String entry, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(new byte[size]);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = WorkbookMeasurementReaderTest.class.getResourceAsStream("workbooks/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFiftyMegabyteWorkbookIsRefusedBySizeBeforeItIsRead(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path strategy = BadInputCorpusTest.assemble(BadInputCorpusTest.CORPUS.resolve("_base"), dir.resolve("s"));
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(strategy.resolve("measurements/huge.xlsx").toFile(), "rw")) {
            huge.write(zip("xl/workbook.xml", 10));
            huge.setLength(50L * 1024 * 1024);
        }

        List<String> lines = dev.bscportal.core.testing.StrategyDir.empty(strategy).problemLines();

        assertEquals(List.of("BSC013 measurements/huge.xlsx:0"), lines);
    }
}
