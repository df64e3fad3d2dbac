package dev.bscportal.core.load;

import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * How the rows under a measurement sheet's header are read: {@link LongSheetLayout} (one measurement per row) or
 * {@link WideSheetLayout} (one per period column). The header decides; {@link #rows} walks the rows once for both.
 */
interface SheetLayout {

    String HINT = ProblemCode.MALFORMED_WORKBOOK.hint();

    /** Adds the measurements of one non-blank row below the header to {@code into}, reporting problems at their cells. */
    void read(Row row, List<Measurement> into);

    /** The measurements of a sheet: its first non-blank row is the header, which picks the layout. */
    static List<Measurement> rows(Iterator<Row> rows, SheetCells cells) {
        Optional<SheetLayout> layout = Optional.empty();
        while (rows.hasNext() && layout.isEmpty()) {
            Row header = rows.next();
            if (!SheetCells.isBlank(header)) {
                layout = of(header, cells);
                if (layout.isEmpty()) {
                    return List.of();
                }
            }
        }
        List<Measurement> result = new ArrayList<>();
        while (layout.isPresent() && rows.hasNext()) {
            Row row = rows.next();
            if (!SheetCells.isBlank(row)) {
                layout.get().read(row, result);
            }
        }
        return result;
    }

    /** The layout {@code header} names; empty after reporting why when it names none or names it wrongly. */
    private static Optional<SheetLayout> of(Row header, SheetCells cells) {
        for (Cell cell : header) {
            if (!SheetCells.isEmpty(cell) && SheetCells.text(cell).strip().equalsIgnoreCase("value")) {
                return LongSheetLayout.of(header, cells);
            }
        }
        Optional<Cell> first = header.getFirstNonEmptyCell();
        if (first.isPresent() && SheetCells.text(first.get()).strip().equalsIgnoreCase("measure")) {
            return WideSheetLayout.of(header, first.get().getColumnIndex(), cells);
        }
        cells.report(Problem.of(ProblemCode.MALFORMED_WORKBOOK, cells.at(header.getFirstNonEmptyCell().orElseThrow()),
                "The sheet's first row is no header: it names neither the columns measure, period and value nor"
                        + " measure followed by periods.", HINT));
        return Optional.empty();
    }
}
