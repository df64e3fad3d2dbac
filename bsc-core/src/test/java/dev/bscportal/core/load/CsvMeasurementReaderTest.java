package dev.bscportal.core.load;

import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.SourcePosition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvMeasurementReaderTest {

    private final List<Problem> problems = new ArrayList<>();

    private List<Measurement> read(String csv) {
        return new CsvMeasurementReader().read(csv, "measurements/m.csv", problems::add);
    }

    @Test
    void readsRowsWithTheirLineNumbers() {
        List<Measurement> rows = read("measure,period,value,note\nrevenue,2026-01,10.5,first\n\nrevenue,2026-Q1,-3,\n");

        assertTrue(problems.isEmpty());
        assertEquals(2, rows.size());
        assertEquals(new Measurement("revenue", Period.month(2026, 1), 10.5, "first",
                rows.get(0).origin()), rows.get(0));
        assertEquals(SourcePosition.of("measurements/m.csv", 2), rows.get(0).origin().at());
        assertEquals(Period.quarter(2026, 1), rows.get(1).period());
        assertEquals(SourcePosition.of("measurements/m.csv", 4), rows.get(1).origin().at());
    }

    @Test
    void acceptsQuotedCommasAndNewlinesInNotesAndCountsLinesPastThem() {
        List<Measurement> rows = read("measure,period,value,note\n"
                + "nps,2026-01,40,\"late, but \"\"fine\"\"\"\n"
                + "nps,2026-02,41,\"two\nlines\"\n"
                + "nps,2026-03,42,\n");

        assertTrue(problems.isEmpty());
        assertEquals("late, but \"fine\"", rows.get(0).note());
        assertEquals("two\nlines", rows.get(1).note());
        assertEquals(List.of(2, 3, 5), rows.stream().map(m -> m.origin().at().line()).toList());
    }

    @Test
    void acceptsColumnsInAnyOrderAndHeaderNamesInAnyCase() {
        List<Measurement> rows = read("Value,NOTE,Period,Measure\n7,ok,2026-W07,lead-time\n");

        assertTrue(problems.isEmpty());
        assertEquals(List.of(new Measurement("lead-time", Period.week(2026, 7), 7, "ok", rows.get(0).origin())), rows);
    }

    @Test
    void acceptsAFileWithoutNoteColumn() {
        List<Measurement> rows = read("measure,period,value\ncost,2026,1e3\n");

        assertEquals(1, rows.size());
        assertEquals("", rows.get(0).note());
        assertEquals(1000, rows.get(0).value());
    }

    @Test
    void acceptsBomAndCrlfWhenReadThroughTheTextReader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.csv");
        Files.write(file, "\uFEFFmeasure,period,value\r\ncost,2026-01,5\r\ncost,2026-02,6\r\n".getBytes(StandardCharsets.UTF_8));
        String text = new TextFileReader().read(dev.bscportal.core.files.ConfinedFiles.under(file.getParent()), file, "measurements/m.csv", 1000, problems::add).orElseThrow();

        List<Measurement> rows = read(text);

        assertTrue(problems.isEmpty());
        assertEquals(List.of(2, 3), rows.stream().map(m -> m.origin().at().line()).toList());
        assertEquals("cost", rows.get(0).measure());
    }

    @Test
    void reportsAHeaderWithoutTheValueColumn() {
        List<Measurement> rows = read("measure,period\ncost,2026-01\n");

        assertTrue(rows.isEmpty());
        assertEquals(List.of("BSC003 measurements/m.csv:1"), ProblemLines.of(problems));
    }

    @Test
    void reportsAnUnknownColumnWithASuggestionAndStillReadsTheRows() {
        List<Measurement> rows = read("measure,period,value,notes\ncost,2026-01,5,x\n");

        assertEquals(1, rows.size());
        assertEquals(List.of("BSC003 measurements/m.csv:1"), ProblemLines.of(problems));
        assertTrue(problems.get(0).message().contains("Did you mean 'note'?"), problems.get(0).message());
    }

    @Test
    void reportsARepeatedColumn() {
        read("measure,period,value,value\ncost,2026-01,5,6\n");

        assertEquals(List.of("BSC003 measurements/m.csv:1"), ProblemLines.of(problems));
    }

    @Test
    void reportsARowWithMoreFieldsThanTheHeaderInsteadOfDroppingTheRest() {
        List<Measurement> rows = read("measure,period,value\ncost,2026-01,5\ncost,2026-02,12,5\n");

        assertEquals(1, rows.size());
        assertEquals(List.of("BSC003 measurements/m.csv:3"), ProblemLines.of(problems));
    }

    @Test
    void reportsARowWithAMissingValue() {
        read("measure,period,value\ncost,2026-01\n");

        assertEquals(List.of("BSC003 measurements/m.csv:2"), ProblemLines.of(problems));
    }

    @Test
    void reportsAnUnclosedQuoteAtTheLineWhereItOpens() {
        List<Measurement> rows = read("measure,period,value,note\ncost,2026-01,5,\ncost,2026-02,6,\"open\ncost,2026-03,7,\n");

        assertEquals(List.of("BSC003 measurements/m.csv:3"), ProblemLines.of(problems));
        assertEquals(1, rows.size());
    }

    @Test
    void reportsBadIdPeriodAndNumberEachAtItsRow() {
        read("measure,period,value\nCost,2026-01,5\ncost,2026-13,5\ncost,2026-02,12 %\ncost,2026-03,\"12,5\"\n");

        assertEquals(List.of("BSC014 measurements/m.csv:2", "BSC011 measurements/m.csv:3",
                "BSC008 measurements/m.csv:4", "BSC008 measurements/m.csv:5"), ProblemLines.of(problems));
    }

    @Test
    void reportsAnEmptyFileAsHavingNoHeader() {
        read("\n\n");

        assertEquals(List.of("BSC003 measurements/m.csv:1"), ProblemLines.of(problems));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '!', value = {
            "measure;period;value;note!semicolons (;)",
            "Measure ; Period ; Value!semicolons (;)",
            "measure\tperiod\tvalue!tabs",
            "period\tvalue\tmeasure\tnote!tabs",
            "measure|period|value!bars (|)"})
    void aFileSeparatedByAnotherCharacterThanACommaGetsOneProblemNamingTheSeparator(String header, String named) {
        // given a measurements file as a spreadsheet saves it in a comma-decimal locale (or copied from one)
        String separator = header.contains(";") ? ";" : header.contains("\t") ? "\t" : "|";
        String row = String.join(separator, "nps", "2026-07", "71,5", "");

        // when it is read
        List<Measurement> rows = read(header + "\n" + row + "\n" + row.replace("07", "08") + "\n");

        // then nothing is read and one problem at the header says which separator the file uses and how to save it
        assertEquals(List.of(), rows);
        assertEquals(1, problems.size(), problems.toString());
        Problem problem = problems.get(0);
        assertEquals(SourcePosition.of("measurements/m.csv", 1), problem.position());
        assertTrue(problem.message().contains("separated by " + named + ", not by commas"), problem.message());
        assertTrue(problem.hint().contains("measure,period,value,note") && problem.hint().contains("71.5"), problem.hint());
    }

    @Test
    void aCommaSeparatedHeaderWithASemicolonInsideAColumnNameIsStillAnUnknownColumn() {
        // given a comma-separated header where one name holds a semicolon that is no separator
        read("measure,period,value,note;x\nnps,2026-07,30,ok\n");

        // then the usual unknown-column problem, not the separator one
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("Unknown column 'note;x'"), problems.get(0).message());
    }

    @Test
    void aRowWithoutAValueNamesItsMeasureAndPeriodAndSaysToLeaveTheRowOut() {
        // given rows of a sheet exported with the periods that have no value yet
        List<Measurement> rows = read("measure,period,value\npaying-customers,2026-07,\npaying-customers,2026-08,\"\"\n"
                + "paying-customers,2026-09,3\n");

        // then the filled row is read, and each empty one is reported with what to do
        assertEquals(1, rows.size());
        assertEquals(List.of(2, 3), problems.stream().map(p -> p.position().line()).toList());
        assertTrue(problems.get(0).message().equals("The row of 'paying-customers' for '2026-07' has no value."), problems.get(0).message());
        assertTrue(problems.get(0).hint().contains("delete the row"), problems.get(0).hint());
    }
}
