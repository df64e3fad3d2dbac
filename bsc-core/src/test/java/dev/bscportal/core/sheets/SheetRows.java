package dev.bscportal.core.sheets;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A row of a written update sheet as a test sees it (1-based row number, as Excel shows it). */
record SheetRows(int row, String measure, String name, String period, String value, String note, String recordedIn) {

    boolean due() {
        return value.isEmpty();
    }

    static List<SheetRows> of(byte[] workbook) throws IOException {
        List<SheetRows> rows = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook));
             Stream<Row> stream = book.getFirstSheet().openStream()) {
            for (Row row : stream.toList()) {
                if (row.getRowNum() == 1) {
                    continue;
                }
                rows.add(new SheetRows(row.getRowNum(), text(row, SheetColumns.MEASURE), text(row, SheetColumns.NAME),
                        text(row, SheetColumns.PERIOD), text(row, SheetColumns.VALUE), text(row, SheetColumns.NOTE),
                        text(row, SheetColumns.RECORDED_IN)));
            }
        }
        return rows;
    }

    private static String text(Row row, int column) {
        if (column >= row.getCellCount()) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null || cell.getType() == CellType.EMPTY || cell.getRawValue() == null ? "" : cell.getText();
    }
}
