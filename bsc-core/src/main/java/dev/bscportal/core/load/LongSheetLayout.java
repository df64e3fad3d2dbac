package dev.bscportal.core.load;

import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The long layout: columns measure, period, value and optionally note, in any order; one measurement per row. */
final class LongSheetLayout implements SheetLayout {

    private static final List<String> COLUMNS = List.of("measure", "period", "value", "note");

    private final Map<String, Integer> columns;
    private final SheetCells cells;

    private LongSheetLayout(Map<String, Integer> columns, SheetCells cells) {
        this.columns = columns;
        this.cells = cells;
    }

    /** The layout of {@code header}; empty after reporting each unknown, repeated or missing column. */
    static Optional<SheetLayout> of(Row header, SheetCells cells) {
        Map<String, Integer> columns = new TreeMap<>();
        boolean ok = true;
        for (Cell cell : header) {
            if (SheetCells.isEmpty(cell)) {
                continue;
            }
            String name = SheetCells.text(cell).strip().toLowerCase(Locale.ROOT);
            if (cells.update().contextColumns().contains(name)) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                cells.report(Problem.of(ProblemCode.MALFORMED_WORKBOOK, cells.at(cell), "Unknown column " + Quote.of(name) + "."
                        + Suggestions.didYouMean(name, COLUMNS), "The columns are measure, period, value and note."));
                ok = false;
            } else if (columns.putIfAbsent(name, cell.getColumnIndex()) != null) {
                cells.report(Problem.of(ProblemCode.MALFORMED_WORKBOOK, cells.at(cell), "The column '" + name + "' appears twice.", HINT));
                ok = false;
            }
        }
        for (String required : List.of("measure", "period")) {
            if (!columns.containsKey(required)) {
                cells.report(Problem.of(ProblemCode.MALFORMED_WORKBOOK, cells.at(header.getFirstNonEmptyCell().orElseThrow()),
                        "The header row lacks the column '" + required + "'.", HINT));
                ok = false;
            }
        }
        return ok ? Optional.of(new LongSheetLayout(columns, cells)) : Optional.empty();
    }

    @Override
    public void read(Row row, List<Measurement> into) {
        int rowNumber = row.getRowNum();
        Cell measureCell = SheetCells.cell(row, columns.get("measure"));
        Cell periodCell = SheetCells.cell(row, columns.get("period"));
        Cell valueCell = SheetCells.cell(row, columns.get("value"));
        Cell noteCell = columns.containsKey("note") ? SheetCells.cell(row, columns.get("note")) : null;
        String missing = SheetCells.isEmpty(measureCell) ? "measure" : SheetCells.isEmpty(periodCell) ? "period"
                : SheetCells.isEmpty(valueCell) ? "value" : null;
        if (missing != null) {
            boolean notFilledIn = cells.update().active() && "value".equals(missing);
            if (!notFilledIn && (!SheetCells.isEmpty(measureCell) || !SheetCells.isEmpty(periodCell) || !SheetCells.isEmpty(valueCell))) {
                cells.report(Problem.of(ProblemCode.MALFORMED_WORKBOOK, cells.at(columns.get(missing), rowNumber),
                        "The row needs a measure, a period and a value; its " + missing + " is empty.", HINT));
            }
            return;
        }
        Optional<String> measure = cells.measure(measureCell);
        if (measure.isEmpty()) {
            return;
        }
        Optional<Period> period = cells.period(periodCell, measure.get());
        Optional<Double> value = cells.value(valueCell);
        if (period.isPresent() && value.isPresent()) {
            String note = noteCell == null || SheetCells.isEmpty(noteCell) ? "" : SheetCells.text(noteCell).strip();
            if (!note.isEmpty()) {
                StrategyCharacters.note(note, cells.at(noteCell), cells::report);
            }
            into.add(new Measurement(measure.get(), period.get(), value.get(), note, cells.origin(valueCell, measureCell, periodCell)));
        }
    }
}
