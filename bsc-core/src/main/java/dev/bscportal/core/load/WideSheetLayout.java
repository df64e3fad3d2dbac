package dev.bscportal.core.load;

import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wide layout, as finance exports are: a measure column, then one column per period (text, a year or a date), each
 * optionally followed by a note column; one measurement per filled period cell.
 */
final class WideSheetLayout implements SheetLayout {

    /** A period column: a period, or a date whose period depends on each row's measure; its note column or -1. */
    private record PeriodColumn(int column, Period period, LocalDate date, SourcePosition at, int noteColumn) {
        PeriodColumn withNote(int note) {
            return new PeriodColumn(column, period, date, at, note);
        }
    }

    private final Row header;
    private final int measureColumn;
    private final List<PeriodColumn> periods;
    private final SheetCells cells;

    private WideSheetLayout(Row header, int measureColumn, List<PeriodColumn> periods, SheetCells cells) {
        this.header = header;
        this.measureColumn = measureColumn;
        this.periods = periods;
        this.cells = cells;
    }

    /** The layout of {@code header}; empty after reporting each header cell that is neither a period nor a note. */
    static Optional<SheetLayout> of(Row header, int measureColumn, SheetCells cells) {
        List<PeriodColumn> periods = new ArrayList<>();
        boolean ok = true;
        for (Cell cell : header) {
            if (SheetCells.isEmpty(cell) || cell.getColumnIndex() == measureColumn) {
                continue;
            }
            if (cell.getType() == CellType.STRING && SheetCells.text(cell).strip().equalsIgnoreCase("note")) {
                // a note column annotates the period column just left of it: 2026-09 | note | 2026-10 | note
                int last = periods.size() - 1;
                if (last < 0 || periods.get(last).noteColumn() >= 0 || periods.get(last).column() != cell.getColumnIndex() - 1) {
                    cells.report(Problem.of(ProblemCode.MALFORMED_WORKBOOK, cells.at(cell), "A note column belongs just right of"
                            + " the period column whose values it annotates.", HINT));
                    ok = false;
                } else {
                    periods.set(last, periods.get(last).withNote(cell.getColumnIndex()));
                }
                continue;
            }
            Optional<LocalDate> date = cells.date(cell);
            if (date.isPresent()) {
                periods.add(new PeriodColumn(cell.getColumnIndex(), null, date.get(), cells.at(cell), -1));
                continue;
            }
            Optional<Period> period = cells.plainPeriod(cell);
            if (period.isPresent()) {
                periods.add(new PeriodColumn(cell.getColumnIndex(), period.get(), null, cells.at(cell), -1));
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(new WideSheetLayout(header, measureColumn, periods, cells)) : Optional.empty();
    }

    @Override
    public void read(Row row, List<Measurement> into) {
        Cell measureCell = SheetCells.cell(row, measureColumn);
        if (SheetCells.isEmpty(measureCell)) {
            Cell any = row.getFirstNonEmptyCell().orElseThrow();
            cells.report(Problem.of(ProblemCode.MALFORMED_WORKBOOK, cells.at(measureColumn, row.getRowNum()),
                    "The row has values but no measure (first value in " + cells.at(any).cell() + ").", HINT));
            return;
        }
        Optional<String> measure = cells.measure(measureCell);
        if (measure.isEmpty()) {
            return;
        }
        for (PeriodColumn column : periods) {
            Cell valueCell = SheetCells.cell(row, column.column());
            if (SheetCells.isEmpty(valueCell)) {
                continue;
            }
            Optional<Period> period = column.period() != null ? Optional.of(column.period())
                    : cells.periodOfDate(column.date(), measure.get(), column.at());
            Optional<Double> value = cells.value(valueCell);
            if (period.isPresent() && value.isPresent()) {
                Cell noteCell = column.noteColumn() < 0 ? null : SheetCells.cell(row, column.noteColumn());
                String note = noteCell == null || SheetCells.isEmpty(noteCell) ? "" : SheetCells.text(noteCell).strip();
                if (!note.isEmpty()) {
                    StrategyCharacters.note(note, cells.at(noteCell), cells::report);
                }
                into.add(new Measurement(measure.get(), period.get(), value.get(), note,
                        cells.origin(valueCell, measureCell, header.getCell(column.column()))));
            }
        }
    }
}
