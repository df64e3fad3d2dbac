package dev.bscportal.core.sheets;

import dev.bscportal.core.load.LoadResult;
import dev.bscportal.core.load.StrategyLoader;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The round trip: bsc:sheets writes, an owner fills (or not), bsc:import reads back into the measurement files. */
class SheetsImportTest {

    @TempDir
    Path temp;

    private Path strategy(String which) throws IOException {
        Path from = which.equals("example") ? SheetFiles.EXAMPLE : SheetFiles.FIXTURES.resolve(which);
        Path copy = SheetFiles.copy(from, temp.resolve("strategy"));
        if (which.equals("public-sector")) {
            // the fixture is being baselined: no values and no as-of; with an as-of, every measure has a period due
            Path yaml = copy.resolve("strategy.yaml");
            Files.writeString(yaml, Files.readString(yaml) + "as-of: 2026-Q3\n");
        }
        return copy;
    }

    private Path sheets(Path strategy, SheetsGrouping by) {
        Path out = temp.resolve("sheets");
        SheetsReport report = new UpdateSheets(by, 4).write(strategy, out);
        assertEquals(List.of(), report.errors());
        return out;
    }

    @ParameterizedTest
    @CsvSource({"example, OWNER", "example, UNIT", "sparse, OWNER", "public-sector, UNIT"})
    void givenUntouchedSheets_whenImported_thenNoFileOfTheStrategyChangesByAByte(String which, SheetsGrouping by) throws Exception {
        Path strategy = strategy(which);
        Path sheets = sheets(strategy, by);
        Map<String, byte[]> before = SheetFiles.snapshot(strategy);

        SheetsReport report = new SheetsImport(false).run(strategy, sheets);

        assertEquals(List.of(), report.errors());
        assertSame(before, SheetFiles.snapshot(strategy));
    }

    @ParameterizedTest
    @CsvSource({"example, OWNER", "sparse, OWNER", "public-sector, UNIT"})
    void givenEveryDueCellFilled_whenImported_thenExactlyTheNewRowsAreAddedAndTheStrategyHasTheValues(String which, SheetsGrouping by)
            throws Exception {
        Path strategy = strategy(which);
        Path sheets = sheets(strategy, by);
        Map<String, byte[]> before = SheetFiles.snapshot(strategy);
        Map<String, Double> filled = fillEveryDueRow(sheets);
        assertFalse(filled.isEmpty());

        SheetsReport report = new SheetsImport(false).run(strategy, sheets);

        assertEquals(List.of(), report.errors());
        Map<String, byte[]> after = SheetFiles.snapshot(strategy);
        int added = 0;
        for (Map.Entry<String, byte[]> file : after.entrySet()) {
            List<String> old = before.containsKey(file.getKey()) ? lines(before.get(file.getKey())) : List.of();
            List<String> now = lines(file.getValue());
            assertTrue(isSubsequence(old, now), file.getKey() + ": a line of the file was changed or removed");
            added += now.size() - old.size() - (old.isEmpty() ? 1 : 0); // a new CSV file has a header line
        }
        assertEquals(filled.size(), added, "one new line per filled value");
        assertEquals(filled, valuesOf(strategy, filled));
        // importing the same sheets again changes nothing
        Map<String, byte[]> once = SheetFiles.snapshot(strategy);
        assertEquals(List.of(), new SheetsImport(false).run(strategy, sheets).errors());
        assertSame(once, SheetFiles.snapshot(strategy));
    }

    @Test
    void givenValuesWithNotes_whenImported_thenTheYamlBlockAndTheCsvFileGetThemInTheirOwnStyle() throws Exception {
        Path strategy = strategy("example");
        Path sheets = sheets(strategy, SheetsGrouping.OWNER);
        Path lena = sheets.resolve("lena-hoffmann.xlsx");
        SheetRows nps = due(lena, "nps");
        String hostile = "Survey \"late\": see C:\\notes # not a comment";
        edit(lena, SheetFiles.number("D" + nps.row(), "36"), SheetFiles.text("E" + nps.row(), hostile.replace("\"", "&quot;")));
        String npsBefore = Files.readString(strategy.resolve("measures/nps.yaml"));

        SheetsReport report = new SheetsImport(false).run(strategy, sheets);

        assertEquals(List.of(), report.errors());
        String npsAfter = Files.readString(strategy.resolve("measures/nps.yaml"));
        assertEquals(npsBefore.replace("    note: \"Survey closed late; response rate 61 percent\"\n",
                "    note: \"Survey closed late; response rate 61 percent\"\n  \"2026-Q4\":\n    value: 36\n"
                        + "    note: \"Survey \\\"late\\\": see C:\\\\notes # not a comment\"\n"), npsAfter);
        Measurement read = measurement(strategy, "", "nps", "2026-Q4");
        assertEquals(hostile, read.note());
        assertEquals(36.0, read.value());
    }

    @Test
    void givenANoteWithATerminalEscape_whenImported_thenItIsRefusedAtItsCellAndNothingIsWritten() throws Exception {
        // given a note pasted with a control character a terminal reads as the start of an escape sequence
        Path strategy = strategy("example");
        Path sheets = sheets(strategy, SheetsGrouping.OWNER);
        Path lena = sheets.resolve("lena-hoffmann.xlsx");
        SheetRows nps = due(lena, "nps");
        edit(lena, SheetFiles.number("D" + nps.row(), "36"), SheetFiles.text("E" + nps.row(), "Survey " + (char) 0x9B + "31m late"));
        String npsBefore = Files.readString(strategy.resolve("measures/nps.yaml"));

        SheetsReport report = new SheetsImport(false).run(strategy, sheets);

        // then the cell is named with the character, and the measure's file is as it was
        assertEquals(List.of("BSC189 " + lena + "!Update!E" + nps.row()), report.errors().stream()
                .map(p -> p.code().code() + " " + p.position()).toList());
        assertTrue(report.errors().get(0).message().contains("U+009B"), report.errors().get(0).message());
        assertEquals(npsBefore, Files.readString(strategy.resolve("measures/nps.yaml")));
    }

    @Test
    void givenANoteWithLineBreaksAndADirectionControl_whenImported_thenItIsWrittenOnOneLineAndTheControlIsWarnedAboutAtItsCell()
            throws Exception {
        // given a note of three lines, one of them with an embedding the writer may need for a right-to-left name
        Path strategy = strategy("example");
        Path sheets = sheets(strategy, SheetsGrouping.OWNER);
        Path lena = sheets.resolve("lena-hoffmann.xlsx");
        SheetRows nps = due(lena, "nps");
        String embedded = (char) 0x202B + "\u05DE\u05D3\u05D3" + (char) 0x202C;
        edit(lena, SheetFiles.number("D" + nps.row(), "36"),
                SheetFiles.text("E" + nps.row(), "Survey late\nsee " + embedded + (char) 0x2028 + "next quarter"));

        SheetsReport report = new SheetsImport(false).run(strategy, sheets);

        // then the value is written with the note on one line, the control kept, and a warning names the cell
        assertEquals(List.of(), report.errors());
        assertEquals(List.of("BSC168"), report.problems().stream().map(p -> p.code().code()).toList());
        assertEquals("Survey late see " + embedded + " next quarter", measurement(strategy, "", "nps", "2026-Q4").note());
    }

    @Test
    void givenARecordedValueChangedInTheSheet_whenImported_thenTheConflictIsReportedAtTheCellAndNothingIsWritten() throws Exception {
        Path strategy = strategy("example");
        Path sheets = sheets(strategy, SheetsGrouping.OWNER);
        Path lena = sheets.resolve("lena-hoffmann.xlsx");
        SheetRows recorded = recorded(lena, "nps", "2026-Q2");
        SheetRows due = due(lena, "nps");
        edit(lena, SheetFiles.number("D" + recorded.row(), "33"), SheetFiles.number("D" + due.row(), "36"));
        Map<String, byte[]> before = SheetFiles.snapshot(strategy);

        SheetsReport report = new SheetsImport(false).run(strategy, sheets);

        assertEquals(1, report.errors().size(), report.errors().toString());
        Problem conflict = report.errors().get(0);
        assertEquals(ProblemCode.IMPORT_CONFLICT, conflict.code());
        assertEquals(lena + "!Update!D" + recorded.row(), conflict.position().toString());
        assertTrue(conflict.message().contains("gives 33") && conflict.message().contains("but 34 is recorded at measures/nps.yaml:"),
                conflict.message());
        assertSame(before, SheetFiles.snapshot(strategy));
    }

    @Test
    void givenOverwrite_whenARecordedValueChanged_thenOnlyThatValueIsReplacedInItsFile() throws Exception {
        Path strategy = strategy("example");
        Path sheets = sheets(strategy, SheetsGrouping.OWNER);
        Path lena = sheets.resolve("lena-hoffmann.xlsx");
        SheetRows yaml = recorded(lena, "nps", "2026-Q2");
        edit(lena, SheetFiles.number("D" + yaml.row(), "33"));
        String csvOwner = ownerOfCsvMeasure(sheets);
        Path book = sheets.resolve(csvOwner);
        SheetRows csv = SheetRows.of(Files.readAllBytes(book)).stream()
                .filter(r -> !r.due() && r.recordedIn().startsWith("measurements/finance.csv")).reduce((a, b) -> b).orElseThrow();
        edit(book, SheetFiles.number("D" + csv.row(), "123.5"));
        String npsBefore = Files.readString(strategy.resolve("measures/nps.yaml"));
        List<String> financeBefore = Files.readAllLines(strategy.resolve("measurements/finance.csv"));

        SheetsReport report = new SheetsImport(true).run(strategy, sheets);

        assertEquals(List.of(), report.errors());
        assertEquals(npsBefore.replace("  \"2026-Q2\": 34\n", "  \"2026-Q2\": 33\n"), Files.readString(strategy.resolve("measures/nps.yaml")));
        List<String> financeAfter = Files.readAllLines(strategy.resolve("measurements/finance.csv"));
        int line = Integer.parseInt(csv.recordedIn().substring(csv.recordedIn().lastIndexOf(':') + 1));
        List<String> expected = new ArrayList<>(financeBefore);
        String[] fields = financeBefore.get(line - 1).split(",", -1);
        fields[2] = "123.5";
        expected.set(line - 1, String.join(",", fields));
        assertEquals(expected, financeAfter);
    }

    @Test
    void givenMistakesInTheCells_whenImported_thenEachIsReportedAtItsCellAndNoValueIsWritten() throws Exception {
        Path strategy = strategy("example");
        Path sheets = sheets(strategy, SheetsGrouping.OWNER);
        Path lena = sheets.resolve("lena-hoffmann.xlsx");
        // a good value in one workbook ...
        SheetRows nps = due(lena, "nps");
        edit(lena, SheetFiles.number("D" + nps.row(), "36"));
        // ... and three mistakes in another: an unknown measure, a period of another frequency, text for a number
        Path tobias = sheets.resolve("tobias-reuter.xlsx");
        List<SheetRows> dueRows = SheetRows.of(Files.readAllBytes(tobias)).stream().filter(SheetRows::due).toList();
        SheetRows a = dueRows.get(0);
        SheetRows b = dueRows.stream().filter(r -> r != a && r.period().matches("\\d{4}-\\d\\d")).findFirst().orElseThrow();
        SheetRows c = dueRows.get(dueRows.size() - 1);
        edit(tobias, SheetFiles.text("A" + a.row(), "no-such-measure"), SheetFiles.number("D" + a.row(), "1"),
                SheetFiles.text("C" + b.row(), "2026-Q4"), SheetFiles.number("D" + b.row(), "2"),
                SheetFiles.text("D" + c.row(), "n/a"));
        Map<String, byte[]> before = SheetFiles.snapshot(strategy);

        SheetsReport report = new SheetsImport(false).run(strategy, sheets);

        List<String> found = report.errors().stream().map(p -> p.code().code() + " " + p.position()).toList();
        String at = tobias + "!Update!";
        assertEquals(List.of("BSC048 " + at + "A" + a.row(), "BSC049 " + at + "C" + b.row(), "BSC152 " + at + "D" + c.row()),
                found.stream().sorted().toList());
        assertSame(before, SheetFiles.snapshot(strategy));
    }

    @Test
    void givenAMeasureWhoseValuesAreInFlowStyle_whenANewValueIsImported_thenItIsRefusedAtTheCellAndNothingIsWritten() throws Exception {
        Path strategy = strategy("example");
        Path nps = strategy.resolve("measures/nps.yaml");
        String text = Files.readString(nps);
        Files.writeString(nps, text.substring(0, text.indexOf("measurements:")) + "measurements: {\"2026-Q2\": 34, \"2026-Q3\": 35}\n");
        Path sheets = sheets(strategy, SheetsGrouping.OWNER);
        Path lena = sheets.resolve("lena-hoffmann.xlsx");
        SheetRows due = due(lena, "nps");
        edit(lena, SheetFiles.number("D" + due.row(), "36"));
        Map<String, byte[]> before = SheetFiles.snapshot(strategy);

        SheetsReport report = new SheetsImport(false).run(strategy, sheets);

        assertEquals(List.of("BSC164 " + lena + "!Update!D" + due.row()),
                report.errors().stream().map(p -> p.code().code() + " " + p.position()).toList());
        assertTrue(report.errors().get(0).message().contains("measures/nps.yaml"), report.errors().get(0).message());
        assertSame(before, SheetFiles.snapshot(strategy));
    }

    @Test
    void givenAPathThatHoldsNoWorkbook_whenImported_thenRefusedClearly() throws Exception {
        Path strategy = strategy("sparse");
        Files.createDirectories(temp.resolve("empty"));
        Files.writeString(temp.resolve("values.csv"), "measure,period,value\n");

        for (Path path : List.of(temp.resolve("missing"), temp.resolve("empty"), temp.resolve("values.csv"))) {
            SheetsReport report = new SheetsImport(false).run(strategy, path);
            assertEquals(List.of("BSC165 " + path), report.errors().stream().map(p -> p.code().code() + " " + p.position()).toList());
        }
    }

    @Test
    void givenASheetFilledThenSavedByLibreOffice_whenImported_thenExactlyItsThreeValuesAreAdded() throws Exception {
        // given the sheet bsc:sheets wrote for the sparse fixture, three values and a note filled in, saved by LibreOffice 7
        // (soffice --convert-to xlsx: its own zip, styles and shared strings; protection and validation kept)
        Path strategy = strategy("sparse");
        Path book = Path.of("src/test/resources/sheets/sparse-filled-by-libreoffice.xlsx");

        SheetsReport report = new SheetsImport(false).run(strategy, book);

        assertEquals(List.of(), report.problems());
        assertEquals("""
                measure,period,value,note
                four-hour,2026-08,71.2,
                four-hour,2026-09,73.9,
                four-hour,2026-10,75.1,Winter plan started
                surplus,2026-Q3,-0.4,
                friends-and-family,2026-Q3,91,
                friends-and-family,2026-Q4,92,
                length-of-stay,2026-09,5.6,First month on the new system
                """, Files.readString(strategy.resolve("measurements/first.csv")));
        // a measure without values gets its own file
        assertEquals("measure,period,value,note\nagency-cost,2026-09,12.5,\n", Files.readString(strategy.resolve("measurements/agency-cost.csv")));
    }

    @Test
    void givenALibreOfficeSheetThatChangesARecordedValue_whenImported_thenTheConflictNamesTheCellTheValueAndItsLine() throws Exception {
        Path strategy = strategy("sparse");
        Path book = Path.of("src/test/resources/sheets/sparse-conflict-by-libreoffice.xlsx");
        Map<String, byte[]> before = SheetFiles.snapshot(strategy);

        SheetsReport report = new SheetsImport(false).run(strategy, book);

        assertEquals(List.of("BSC163 " + book + "!Update!D11"), report.errors().stream().map(p -> p.code().code() + " " + p.position()).toList());
        assertTrue(report.errors().get(0).message().contains("gives 74 for 'four-hour' 2026-09, but 73.9 is recorded at measurements/first.csv:3"),
                report.errors().get(0).message());
        assertSame(before, SheetFiles.snapshot(strategy));
        // with overwrite: the recorded row is replaced in place, and the sheet's other value added after it
        assertEquals(List.of(), new SheetsImport(true).run(strategy, book).errors());
        assertEquals("""
                measure,period,value,note
                four-hour,2026-08,71.2,
                four-hour,2026-09,74,
                surplus,2026-Q3,-0.4,
                friends-and-family,2026-Q3,91,
                length-of-stay,2026-09,5.6,First month on the new system
                length-of-stay,2026-10,5.4,
                """, Files.readString(strategy.resolve("measurements/first.csv")));
    }

    // --- helpers ---

    private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
    }

    private static void edit(Path book, UnaryOperator<String>... edits) throws IOException {
        byte[] bytes = Files.readAllBytes(book);
        for (UnaryOperator<String> e : edits) {
            bytes = SheetFiles.editSheet(bytes, e);
        }
        Files.write(book, bytes);
    }

    private static SheetRows due(Path book, String measure) throws IOException {
        return SheetRows.of(Files.readAllBytes(book)).stream().filter(r -> r.measure().equals(measure) && r.due()).findFirst().orElseThrow();
    }

    private static SheetRows recorded(Path book, String measure, String period) throws IOException {
        return SheetRows.of(Files.readAllBytes(book)).stream()
                .filter(r -> r.measure().equals(measure) && r.period().equals(period)).findFirst().orElseThrow();
    }

    private static String ownerOfCsvMeasure(Path sheets) throws IOException {
        for (Map.Entry<String, byte[]> book : SheetFiles.snapshot(sheets).entrySet()) {
            if (SheetRows.of(book.getValue()).stream().anyMatch(r -> r.recordedIn().startsWith("measurements/finance.csv"))) {
                return book.getKey();
            }
        }
        throw new AssertionError("no book lists a value of measurements/finance.csv");
    }

    /** Fills every due value cell with a distinct number; the values by "measure period". */
    private static Map<String, Double> fillEveryDueRow(Path sheets) throws IOException {
        Map<String, Double> filled = new HashMap<>();
        int n = 0;
        for (String name : SheetFiles.snapshot(sheets).keySet()) {
            Path book = sheets.resolve(name);
            byte[] bytes = Files.readAllBytes(book);
            for (SheetRows row : SheetRows.of(bytes)) {
                if (row.due()) {
                    double value = 10 + (n++) * 0.25;
                    bytes = SheetFiles.editSheet(bytes, SheetFiles.number("D" + row.row(), Double.toString(value)));
                    filled.put(row.measure() + " " + row.period(), value);
                }
            }
            Files.write(book, bytes);
        }
        return filled;
    }

    private static Map<String, Double> valuesOf(Path strategy, Map<String, Double> wanted) {
        Map<String, Double> found = new HashMap<>();
        for (String key : wanted.keySet()) {
            String reference = key.substring(0, key.indexOf(' '));
            int slash = reference.lastIndexOf('/');
            Measurement m = measurement(strategy, slash < 0 ? "" : reference.substring(0, slash), reference.substring(slash + 1),
                    key.substring(key.indexOf(' ') + 1));
            found.put(key, m.value());
        }
        return found;
    }

    private static Measurement measurement(Path strategy, String unit, String measure, String period) {
        LoadResult loaded = new StrategyLoader().load(strategy);
        assertEquals(List.of(), loaded.problems().stream().filter(Problem::isError).toList());
        Scorecard scorecard = loaded.strategy().orElseThrow().scorecard(unit).orElseThrow();
        return scorecard.measurementsOf(measure).stream().filter(m -> m.period().toString().equals(period)).findFirst()
                .orElseThrow(() -> new AssertionError("no value of " + unit + "/" + measure + " for " + period));
    }

    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static boolean isSubsequence(List<String> small, List<String> large) {
        int i = 0;
        for (String line : large) {
            if (i < small.size() && small.get(i).equals(line)) {
                i++;
            }
        }
        return i == small.size();
    }
}
