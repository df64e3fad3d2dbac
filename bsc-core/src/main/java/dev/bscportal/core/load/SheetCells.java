package dev.bscportal.core.load;

import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The cells of one sheet of a measurement workbook read as what they hold: a measure id, a period (text, a year or a
 * date in the measure's frequency), a value (a number, or a number stored as text; a formula's saved result), a note.
 * Every problem is reported at its cell ({@code measurements/q3.xlsx!Sheet1!C7}).
 */
final class SheetCells {

    private static final List<String> ERRORS = List.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
            "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!");
    private static final Pattern QUALIFIED_ID = Pattern.compile("(?:" + Fields.ID.pattern() + "/){0,16}" + Fields.ID.pattern());

    private final String file;
    private final String sheet;
    private final boolean date1904;
    private final Map<String, Frequency> frequencies;
    private final WorkbookMeasurementReader.UpdateSheet update;
    private final Consumer<Problem> report;

    SheetCells(String file, String sheet, boolean date1904, Map<String, Frequency> frequencies,
               WorkbookMeasurementReader.UpdateSheet update, Consumer<Problem> report) {
        this.file = file;
        this.sheet = sheet;
        this.date1904 = date1904;
        this.frequencies = frequencies;
        this.update = update;
        this.report = report;
    }

    WorkbookMeasurementReader.UpdateSheet update() {
        return update;
    }

    void report(Problem problem) {
        report.accept(problem);
    }

    SourcePosition at(Cell cell) {
        return SourcePosition.cell(file, sheet, cell.getColumnIndex(), cell.getAddress().getRow() + 1);
    }

    SourcePosition at(int column, int row) {
        return SourcePosition.cell(file, sheet, column, row);
    }

    /** A measurement is at its value's cell; its measure and period at theirs (where an unknown id is reported). */
    Origin origin(Cell value, Cell measure, Cell period) {
        return Origin.at(at(value)).withField("measure", at(measure)).withField("period", at(period));
    }

    Optional<String> measure(Cell cell) {
        String id = text(cell).strip();
        Pattern ids = update.active() ? QUALIFIED_ID : Fields.ID;
        if (cell.getType() != CellType.STRING && cell.getType() != CellType.FORMULA || !ids.matcher(id).matches()) {
            report.accept(Problem.of(ProblemCode.INVALID_ID, at(cell), Quote.of(id) + " is not a valid measure id."));
            return Optional.empty();
        }
        return Optional.of(id);
    }

    Optional<Period> period(Cell cell, String measure) {
        Optional<LocalDate> date = date(cell);
        if (date.isPresent()) {
            return periodOfDate(date.get(), measure, at(cell));
        }
        return plainPeriod(cell);
    }

    /** A period written as text or a whole year; reported when it is neither. */
    Optional<Period> plainPeriod(Cell cell) {
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
    Optional<Period> periodOfDate(LocalDate date, String measure, SourcePosition where) {
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

    static String unitOf(Frequency frequency) {
        return switch (frequency) {
            case WEEKLY -> "week";
            case MONTHLY -> "month";
            case QUARTERLY -> "quarter";
            case YEARLY -> "year";
        };
    }

    Optional<Double> value(Cell cell) {
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

    void reportError(Cell cell) {
        report.accept(Problem.of(ProblemCode.ERROR_CELL, at(cell), "The cell holds the error " + Quote.clean(cell.getRawValue())
                + (cell.getFormula() != null ? " (its formula: " + Quote.of(cell.getFormula()) + ")" : "") + "."));
    }

    void reportNoResult(Cell cell) {
        report.accept(Problem.of(ProblemCode.ERROR_CELL, at(cell), "The formula " + Quote.of(String.valueOf(cell.getFormula()))
                + " has no saved result (the workbook was written by a program that does not calculate)."));
    }

    /** A date cell's day: a number shown with a date format. */
    Optional<LocalDate> date(Cell cell) {
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

    static boolean isDateFormatted(Cell cell) {
        if (cell.getType() != CellType.NUMBER && cell.getType() != CellType.FORMULA) {
            return false;
        }
        return cell.getType() != CellType.FORMULA || Numbers.parse(String.valueOf(cell.getRawValue()).strip()) != null
                ? DateFormats.isDate(cell.getDataFormatId(), cell.getDataFormatString()) : false;
    }

    static boolean isError(Cell cell) {
        return cell.getType() == CellType.ERROR
                || cell.getType() == CellType.FORMULA && cell.getRawValue() != null && ERRORS.contains(cell.getRawValue().strip());
    }

    /** A cell's value as text: a formula's saved result (null when it has none). */
    static String cellValueText(Cell cell) {
        return cell.getType() == CellType.FORMULA ? cell.getRawValue() : text(cell);
    }

    static Cell cell(Row row, Integer column) {
        return column == null || column >= row.getCellCount() ? null : row.getCell(column);
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        String raw = cell.getType() == CellType.FORMULA ? cell.getRawValue() : cell.getText();
        return raw == null ? "" : raw;
    }

    static boolean isEmpty(Cell cell) {
        return cell == null || cell.getType() == CellType.EMPTY
                || cell.getType() == CellType.STRING && text(cell).isBlank()
                || cell.getType() != CellType.FORMULA && cell.getRawValue() == null;
    }

    static boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (!isEmpty(cell)) {
                return false;
            }
        }
        return true;
    }
}
