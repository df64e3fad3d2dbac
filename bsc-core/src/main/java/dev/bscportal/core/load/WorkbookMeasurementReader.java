package dev.bscportal.core.load;

import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads {@code measurements/*.xlsx} (docs/data.md): every visible sheet starts with a header row and is either
 * <em>long</em> (columns measure, period, value and optionally note, in any order) or <em>wide</em> (a measure column,
 * then one column per period, as finance exports are). Hidden sheets are not read (BSC166 warns). Every problem names
 * its cell.
 *
 * <p>Cells: a number is a value; text that is a plain number is a value too (a number stored as text), other text,
 * a date, a boolean or an error where a value belongs is refused. A formula gives the result Excel or LibreOffice last
 * saved; an error result (#DIV/0!) or none is refused. A period is text ({@code 2026-03}), a whole number 1900-9995
 * (a year) or a date cell, which is read as the period of the measure's frequency that begins or ends on that day.
 * Merged cells are refused. The zip container is checked by {@link WorkbookArchive} before anything is parsed; the
 * cells are read by {@link SheetCells}, the rows by the {@link SheetLayout} the header names.
 */
final class WorkbookMeasurementReader {

    private final WorkbookArchive.Bounds bounds;
    private final UpdateSheet update;

    /**
     * How an update sheet of {@code bsc:import} differs from a measurement workbook: its measure ids may be qualified
     * by the unit's path ({@code sales/win-rate}), its header may have the context columns {@code bsc:sheets} writes
     * (ignored), and a row whose value is empty is a period not filled in yet rather than a mistake.
     */
    record UpdateSheet(boolean active, List<String> contextColumns) {
        static final UpdateSheet NONE = new UpdateSheet(false, List.of());
    }

    WorkbookMeasurementReader() {
        this(WorkbookArchive.Bounds.DEFAULTS);
    }

    WorkbookMeasurementReader(WorkbookArchive.Bounds bounds) {
        this(bounds, UpdateSheet.NONE);
    }

    WorkbookMeasurementReader(WorkbookArchive.Bounds bounds, UpdateSheet update) {
        this.bounds = bounds;
        this.update = update;
    }

    /**
     * The measurements of a workbook. {@code frequencies} are the frequencies of the scorecard's measures, by id: a date
     * cell is a period only for a measure whose frequency is known.
     */
    List<Measurement> read(byte[] bytes, String file, Map<String, Frequency> frequencies, Consumer<Problem> report) {
        WorkbookArchive.Contents contents;
        try {
            contents = WorkbookArchive.check(bytes, bounds);
        } catch (WorkbookArchive.Refused refused) {
            report.accept(Problem.of(refused.tooLarge() ? ProblemCode.WORKBOOK_TOO_LARGE : ProblemCode.MALFORMED_WORKBOOK,
                    SourcePosition.file(file), refused.getMessage()));
            return List.of();
        }
        List<Measurement> result = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            for (Sheet sheet : sheets) {
                if (sheet.getName() == null || sheet.getName().isBlank()) {
                    report.accept(Problem.of(ProblemCode.MALFORMED_WORKBOOK, SourcePosition.file(file), "The workbook's sheet "
                            + (sheet.getIndex() + 1) + " has no name, so it is not read: the file is damaged."));
                    continue;
                }
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    report.accept(Problem.of(ProblemCode.HIDDEN_SHEET, SourcePosition.sheet(file, sheet.getName()), "The sheet "
                            + Quote.of(sheet.getName()) + " is hidden, so it is not read."));
                    continue;
                }
                SheetCells cells = new SheetCells(file, sheet.getName(), workbook.isDate1904(), frequencies, update, report);
                List<String> merged = contents.mergedRangesOf(sheet.getId());
                if (!merged.isEmpty()) {
                    for (String range : merged) {
                        report.accept(Problem.of(ProblemCode.MERGED_CELLS, SourcePosition.range(file, sheet.getName(), range, firstRow(range)),
                                "The cells " + range + " are merged; a measurement sheet has one value per cell."));
                    }
                    continue;
                }
                try (Stream<Row> rows = sheet.openStream()) {
                    result.addAll(SheetLayout.rows(rows.iterator(), cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the library fails in many ways on a damaged workbook (an NPE for a relationship without a target): that is the
            // user's file; a failure of this reader itself is a bug, said so (the fuzz test looks for these words)
            report.accept(Problem.of(ProblemCode.MALFORMED_WORKBOOK, SourcePosition.file(file), thrownByOwnCode(e)
                    ? "The workbook could not be read: " + UNEXPECTED + " (" + e.getClass().getSimpleName() + ")."
                    : "The workbook could not be read (" + e.getClass().getSimpleName() + "); it is damaged or not an .xlsx workbook."));
            return List.of();
        }
        return result;
    }

    /** How the message for an exception of this reader's own code goes on; no file can make a message say it otherwise. */
    static final String UNEXPECTED = "the workbook reader failed unexpectedly";

    /** True when the first frame outside the JDK that threw is this project's code rather than the workbook library's. */
    private static boolean thrownByOwnCode(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String name = frame.getClassName();
            if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
                return name.startsWith("dev.bscportal.");
            }
        }
        return false;
    }

    private static int firstRow(String range) {
        String first = range.split(":")[0].replaceAll("[A-Z]", "");
        return Integer.parseInt(first);
    }
}
