package dev.bscportal.core.load;

import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads {@code measurements/*.xlsx} (docs/data.md): every visible sheet starts with a header row and is either
 * <em>long</em> (columns measure, period, value and optionally note, in any order) or <em>wide</em> (a measure column,
 * then one column per period, as finance exports are). Hidden sheets are not read. Every problem names its cell.
 *
 * <p>Cells: a number is a value; text that is a plain number is a value too (a number stored as text), other text,
 * a date, a boolean or an error where a value belongs is refused. A formula gives the result Excel or LibreOffice last
 * saved; an error result (#DIV/0!) or none is refused. A period is text ({@code 2026-03}), a whole number 1900-9995
 * (a year) or a date cell, which is read as the period of the measure's frequency that begins or ends on that day.
 * Merged cells are refused. The zip container is checked by {@link WorkbookArchive} before anything is parsed.
 */
final class WorkbookMeasurementReader {

    private static final List<String> LONG_COLUMNS = List.of("measure", "period", "value", "note");
    private static final List<String> ERRORS = List.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
            "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!");
    private static final String LAYOUT_HINT = ProblemCode.MALFORMED_WORKBOOK.hint();

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

    private static final java.util.regex.Pattern QUALIFIED_ID = java.util.regex.Pattern.compile(
            "(?:" + Fields.ID.pattern() + "/){0,16}" + Fields.ID.pattern());

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
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    report.accept(Problem.of(ProblemCode.HIDDEN_SHEET, SourcePosition.sheet(file, sheet.getName()), "The sheet "
                            + Quote.of(sheet.getName()) + " is hidden, so it is not read."));
                    continue;
                }
                SheetRead read = new SheetRead(file, sheet.getName(), workbook.isDate1904(), frequencies, update, report);
                List<String> merged = contents.mergedRangesOf(sheet.getId());
                if (!merged.isEmpty()) {
                    for (String range : merged) {
                        report.accept(Problem.of(ProblemCode.MERGED_CELLS, SourcePosition.range(file, sheet.getName(), range, firstRow(range)),
                                "The cells " + range + " are merged; a measurement sheet has one value per cell."));
                    }
                    continue;
                }
                try (Stream<Row> rows = sheet.openStream()) {
                    result.addAll(read.rows(rows.iterator()));
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

    /** Reading one sheet: its header decides the layout. */
    private static final class SheetRead {
        private final String file;
        private final String sheet;
        private final boolean date1904;
        private final Map<String, Frequency> frequencies;
        private final UpdateSheet update;
        private final Consumer<Problem> report;

        SheetRead(String file, String sheet, boolean date1904, Map<String, Frequency> frequencies, UpdateSheet update,
                  Consumer<Problem> report) {
            this.file = file;
            this.sheet = sheet;
            this.date1904 = date1904;
            this.frequencies = frequencies;
            this.update = update;
            this.report = report;
        }

        private SourcePosition at(Cell cell) {
            return SourcePosition.cell(file, sheet, cell.getColumnIndex(), cell.getAddress().getRow() + 1);
        }

        private SourcePosition at(int column, int row) {
            return SourcePosition.cell(file, sheet, column, row);
        }

        List<Measurement> rows(Iterator<Row> rows) {
            while (rows.hasNext()) {
                Row header = rows.next();
                if (isBlank(header)) {
                    continue;
                }
                Map<String, Integer> named = new TreeMap<>();
                for (Cell cell : header) {
                    if (!isEmpty(cell)) {
                        named.putIfAbsent(text(cell).strip().toLowerCase(Locale.ROOT), cell.getColumnIndex());
                    }
                }
                if (named.containsKey("value")) {
                    return longLayout(header, rows);
                }
                Optional<Cell> first = header.getFirstNonEmptyCell();
                if (first.isPresent() && text(first.get()).strip().equalsIgnoreCase("measure")) {
                    return wideLayout(header, first.get().getColumnIndex(), rows);
                }
                report.accept(Problem.of(ProblemCode.MALFORMED_WORKBOOK, at(header.getFirstNonEmptyCell().orElseThrow()),
                        "The sheet's first row is no header: it names neither the columns measure, period and value nor"
                                + " measure followed by periods.", LAYOUT_HINT));
                return List.of();
            }
            return List.of();
        }

        private List<Measurement> longLayout(Row header, Iterator<Row> rows) {
            Map<String, Integer> columns = new TreeMap<>();
            boolean ok = true;
            for (Cell cell : header) {
                if (isEmpty(cell)) {
                    continue;
                }
                String name = text(cell).strip().toLowerCase(Locale.ROOT);
                if (update.contextColumns().contains(name)) {
                    continue;
                }
                if (!LONG_COLUMNS.contains(name)) {
                    report.accept(Problem.of(ProblemCode.MALFORMED_WORKBOOK, at(cell), "Unknown column " + Quote.of(name) + "."
                            + Suggestions.didYouMean(name, LONG_COLUMNS), "The columns are measure, period, value and note."));
                    ok = false;
                } else if (columns.putIfAbsent(name, cell.getColumnIndex()) != null) {
                    report.accept(Problem.of(ProblemCode.MALFORMED_WORKBOOK, at(cell), "The column '" + name + "' appears twice.", LAYOUT_HINT));
                    ok = false;
                }
            }
            for (String required : List.of("measure", "period")) {
                if (!columns.containsKey(required)) {
                    report.accept(Problem.of(ProblemCode.MALFORMED_WORKBOOK, at(header.getFirstNonEmptyCell().orElseThrow()),
                            "The header row lacks the column '" + required + "'.", LAYOUT_HINT));
                    ok = false;
                }
            }
            if (!ok) {
                return List.of();
            }
            List<Measurement> result = new ArrayList<>();
            while (rows.hasNext()) {
                Row row = rows.next();
                if (isBlank(row)) {
                    continue;
                }
                int rowNumber = row.getRowNum();
                Cell measureCell = cell(row, columns.get("measure"));
                Cell periodCell = cell(row, columns.get("period"));
                Cell valueCell = cell(row, columns.get("value"));
                Cell noteCell = columns.containsKey("note") ? cell(row, columns.get("note")) : null;
                String missing = isEmpty(measureCell) ? "measure" : isEmpty(periodCell) ? "period" : isEmpty(valueCell) ? "value" : null;
                if (missing != null) {
                    boolean notFilledIn = update.active() && "value".equals(missing);
                    if (!notFilledIn && (!isEmpty(measureCell) || !isEmpty(periodCell) || !isEmpty(valueCell))) {
                        report.accept(Problem.of(ProblemCode.MALFORMED_WORKBOOK, at(columns.get(missing), rowNumber),
                                "The row needs a measure, a period and a value; its " + missing + " is empty.", LAYOUT_HINT));
                    }
                    continue;
                }
                Optional<String> measure = measure(measureCell);
                if (measure.isEmpty()) {
                    continue;
                }
                Optional<Period> period = period(periodCell, measure.get());
                Optional<Double> value = value(valueCell);
                if (period.isPresent() && value.isPresent()) {
                    String note = noteCell == null || isEmpty(noteCell) ? "" : text(noteCell).strip();
                    result.add(new Measurement(measure.get(), period.get(), value.get(), note, origin(valueCell, measureCell, periodCell)));
                }
            }
            return result;
        }

        /** A period column of a wide sheet: a period, or a date whose period depends on each row's measure. */
        private record PeriodColumn(int column, Period period, LocalDate date, SourcePosition at, int noteColumn) {
            PeriodColumn withNote(int note) {
                return new PeriodColumn(column, period, date, at, note);
            }
        }

        private List<Measurement> wideLayout(Row header, int measureColumn, Iterator<Row> rows) {
            List<PeriodColumn> periods = new ArrayList<>();
            boolean ok = true;
            for (Cell cell : header) {
                if (isEmpty(cell) || cell.getColumnIndex() == measureColumn) {
                    continue;
                }
                if (cell.getType() == CellType.STRING && text(cell).strip().equalsIgnoreCase("note")) {
                    // a note column annotates the period column just left of it: 2026-09 | note | 2026-10 | note
                    int last = periods.size() - 1;
                    if (last < 0 || periods.get(last).noteColumn() >= 0 || periods.get(last).column() != cell.getColumnIndex() - 1) {
                        report.accept(Problem.of(ProblemCode.MALFORMED_WORKBOOK, at(cell), "A note column belongs just right of"
                                + " the period column whose values it annotates.", LAYOUT_HINT));
                        ok = false;
                    } else {
                        periods.set(last, periods.get(last).withNote(cell.getColumnIndex()));
                    }
                    continue;
                }
                Optional<LocalDate> date = date(cell);
                if (date.isPresent()) {
                    periods.add(new PeriodColumn(cell.getColumnIndex(), null, date.get(), at(cell), -1));
                    continue;
                }
                Optional<Period> period = plainPeriod(cell);
                if (period.isPresent()) {
                    periods.add(new PeriodColumn(cell.getColumnIndex(), period.get(), null, at(cell), -1));
                } else {
                    ok = false;
                }
            }
            if (!ok) {
                return List.of();
            }
            List<Measurement> result = new ArrayList<>();
            while (rows.hasNext()) {
                Row row = rows.next();
                if (isBlank(row)) {
                    continue;
                }
                Cell measureCell = cell(row, measureColumn);
                if (isEmpty(measureCell)) {
                    Cell any = row.getFirstNonEmptyCell().orElseThrow();
                    report.accept(Problem.of(ProblemCode.MALFORMED_WORKBOOK, at(measureColumn, row.getRowNum()),
                            "The row has values but no measure (first value in " + at(any).cell() + ").", LAYOUT_HINT));
                    continue;
                }
                Optional<String> measure = measure(measureCell);
                if (measure.isEmpty()) {
                    continue;
                }
                for (PeriodColumn column : periods) {
                    Cell valueCell = cell(row, column.column());
                    if (isEmpty(valueCell)) {
                        continue;
                    }
                    Optional<Period> period = column.period() != null ? Optional.of(column.period())
                            : periodOfDate(column.date(), measure.get(), column.at());
                    Optional<Double> value = value(valueCell);
                    if (period.isPresent() && value.isPresent()) {
                        Cell noteCell = column.noteColumn() < 0 ? null : cell(row, column.noteColumn());
                        String note = noteCell == null || isEmpty(noteCell) ? "" : text(noteCell).strip();
                        result.add(new Measurement(measure.get(), period.get(), value.get(), note, origin(valueCell, measureCell, header.getCell(column.column()))));
                    }
                }
            }
            return result;
        }

        /** A measurement is at its value's cell; its measure and period at theirs (where an unknown id is reported). */
        private Origin origin(Cell value, Cell measure, Cell period) {
            return Origin.at(at(value)).withField("measure", at(measure)).withField("period", at(period));
        }

        private Optional<String> measure(Cell cell) {
            String id = text(cell).strip();
            java.util.regex.Pattern ids = update.active() ? QUALIFIED_ID : Fields.ID;
            if (cell.getType() != CellType.STRING && cell.getType() != CellType.FORMULA || !ids.matcher(id).matches()) {
                report.accept(Problem.of(ProblemCode.INVALID_ID, at(cell), Quote.of(id) + " is not a valid measure id."));
                return Optional.empty();
            }
            return Optional.of(id);
        }

        private Optional<Period> period(Cell cell, String measure) {
            Optional<LocalDate> date = date(cell);
            if (date.isPresent()) {
                return periodOfDate(date.get(), measure, at(cell));
            }
            return plainPeriod(cell);
        }

        /** A period written as text or a whole year; reported when it is neither. */
        private Optional<Period> plainPeriod(Cell cell) {
            if (isError(cell)) {
                reportError(cell);
                return Optional.empty();
            }
            String text = cellValueText(cell);
            if (text == null) {
                reportNoResult(cell);
                return Optional.empty();
            }
            String written = text.strip();
            if (cell.getType() == CellType.NUMBER || cell.getType() == CellType.FORMULA && Numbers.parse(written) != null) {
                Double number = Numbers.parse(written);
                if (number != null && number == Math.rint(number) && number >= Period.MIN_YEAR && number <= Period.MAX_YEAR) {
                    return Optional.of(Period.year(number.intValue()));
                }
            }
            Optional<Period> period = Period.parse(written);
            if (period.isEmpty()) {
                report.accept(TypedValues.periodProblem(Quote.clean(written), at(cell)));
            }
            return period;
        }

        /** The period of {@code measure}'s frequency that begins or ends on {@code date}. */
        private Optional<Period> periodOfDate(LocalDate date, String measure, SourcePosition where) {
            Frequency frequency = frequencies.get(measure);
            if (frequency == null) {
                report.accept(Problem.of(ProblemCode.DATE_NOT_A_PERIOD, where, "The date " + date + " cannot be read as a period: '"
                        + measure + "' is no measure of this scorecard, so its frequency is unknown."));
                return Optional.empty();
            }
            if (!Period.supports(date)) {
                report.accept(Problem.of(ProblemCode.OUT_OF_RANGE_PERIOD, where, "The date " + date + " lies outside the years 1900 to 9995."));
                return Optional.empty();
            }
            Period period = Period.containing(date, frequency);
            if (!date.equals(period.startDate()) && !date.equals(period.endDate())) {
                report.accept(Problem.of(ProblemCode.DATE_NOT_A_PERIOD, where, "The date " + date + " is neither the first nor the last day of a "
                        + unitOf(frequency) + " ('" + measure + "' is "
                        + frequency.id() + "), so it is not clear which period it means."));
                return Optional.empty();
            }
            return Optional.of(period);
        }

        private static String unitOf(Frequency frequency) {
            return switch (frequency) {
                case WEEKLY -> "week";
                case MONTHLY -> "month";
                case QUARTERLY -> "quarter";
                case YEARLY -> "year";
            };
        }

        private Optional<Double> value(Cell cell) {
            if (isError(cell)) {
                reportError(cell);
                return Optional.empty();
            }
            if (cell.getType() == CellType.BOOLEAN) {
                report.accept(Problem.of(ProblemCode.CELL_NOT_A_NUMBER, at(cell), "The cell holds " + text(cell).toUpperCase(Locale.ROOT)
                        + " where a number belongs."));
                return Optional.empty();
            }
            if (isDateFormatted(cell)) {
                report.accept(Problem.of(ProblemCode.CELL_NOT_A_NUMBER, at(cell), "The cell holds a date where a number belongs."));
                return Optional.empty();
            }
            String text = cellValueText(cell);
            if (text == null) {
                reportNoResult(cell);
                return Optional.empty();
            }
            Double value = Numbers.parse(text.strip());
            if (value == null) {
                report.accept(Problem.of(ProblemCode.CELL_NOT_A_NUMBER, at(cell), "The cell holds the text " + Quote.of(text.strip())
                        + " where a number belongs."));
                return Optional.empty();
            }
            if (Math.abs(value) > Numbers.MAX_MAGNITUDE) {
                report.accept(Problem.of(ProblemCode.NUMBER_OUT_OF_RANGE, at(cell), "The value " + Quote.of(text.strip())
                        + " lies outside -1e15 to 1e15."));
                return Optional.empty();
            }
            return Optional.of(value);
        }

        private void reportError(Cell cell) {
            report.accept(Problem.of(ProblemCode.ERROR_CELL, at(cell), "The cell holds the error " + Quote.clean(cell.getRawValue())
                    + (cell.getFormula() != null ? " (its formula: " + Quote.of(cell.getFormula()) + ")" : "") + "."));
        }

        private void reportNoResult(Cell cell) {
            report.accept(Problem.of(ProblemCode.ERROR_CELL, at(cell), "The formula " + Quote.of(String.valueOf(cell.getFormula()))
                    + " has no saved result (the workbook was written by a program that does not calculate)."));
        }

        /** A date cell's day: a number shown with a date format. */
        private Optional<LocalDate> date(Cell cell) {
            if (!isDateFormatted(cell)) {
                return Optional.empty();
            }
            Double serial = Numbers.parse(String.valueOf(cell.getRawValue()).strip());
            if (serial == null || serial < 0 || serial > 3_000_000) {
                return Optional.empty();
            }
            long days = (long) Math.floor(serial);
            LocalDate day = date1904 ? LocalDate.of(1904, 1, 1).plusDays(days)
                    : days < 61 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
            return Optional.of(day);
        }

        private static boolean isDateFormatted(Cell cell) {
            if (cell.getType() != CellType.NUMBER && cell.getType() != CellType.FORMULA) {
                return false;
            }
            return cell.getType() != CellType.FORMULA || Numbers.parse(String.valueOf(cell.getRawValue()).strip()) != null
                    ? DateFormats.isDate(cell.getDataFormatId(), cell.getDataFormatString()) : false;
        }

        private static boolean isError(Cell cell) {
            return cell.getType() == CellType.ERROR
                    || cell.getType() == CellType.FORMULA && cell.getRawValue() != null && ERRORS.contains(cell.getRawValue().strip());
        }

        /** A cell's value as text: a formula's saved result (null when it has none). */
        private static String cellValueText(Cell cell) {
            return cell.getType() == CellType.FORMULA ? cell.getRawValue() : text(cell);
        }

        private static Cell cell(Row row, Integer column) {
            return column == null || column >= row.getCellCount() ? null : row.getCell(column);
        }

        private static String text(Cell cell) {
            if (cell == null) {
                return "";
            }
            String raw = cell.getType() == CellType.FORMULA ? cell.getRawValue() : cell.getText();
            return raw == null ? "" : raw;
        }

        private static boolean isEmpty(Cell cell) {
            return cell == null || cell.getType() == CellType.EMPTY
                    || cell.getType() == CellType.STRING && text(cell).isBlank()
                    || cell.getType() != CellType.FORMULA && cell.getRawValue() == null;
        }

        private static boolean isBlank(Row row) {
            for (Cell cell : row) {
                if (!isEmpty(cell)) {
                    return false;
                }
            }
            return true;
        }
    }
}
