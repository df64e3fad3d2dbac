package dev.bscportal.core.preview;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A measurement workbook as an author keeps one ({@code measurements/*.xlsx}, docs/data.md), written with the fastexcel
 * library the project writes its update sheets with: one sheet, <em>long</em> (measure, period, value, note) or
 * <em>wide</em> (a measure column, then a column per period). A period is text ({@code 2026-Q3}), or a date cell, which
 * the loader reads as the period of the measure's frequency that begins or ends on that day, so that editing a
 * measure's frequency changes what the same workbook says. A value may be text that is not a number (a break).
 * Immutable: every edit gives a new one.
 */
record RandomWorkbook(boolean wide, List<Row> rows) {

    /** One measurement: {@code period} is a String or a {@link LocalDate}; {@code value} a Double or a String. */
    record Row(String measure, Object period, Object value, String note) {
    }

    RandomWorkbook {
        rows = List.copyOf(rows);
    }

    RandomWorkbook with(int index, Row row) {
        List<Row> copy = new ArrayList<>(rows);
        copy.set(index, row);
        return new RandomWorkbook(wide, copy);
    }

    RandomWorkbook without(int index) {
        List<Row> copy = new ArrayList<>(rows);
        copy.remove(index);
        return new RandomWorkbook(wide, copy);
    }

    RandomWorkbook plus(Row row) {
        List<Row> copy = new ArrayList<>(rows);
        copy.add(row);
        return new RandomWorkbook(wide, copy);
    }

    RandomWorkbook turned() {
        return new RandomWorkbook(!wide, rows);
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "bsc-preview-test", "1.0");
        Worksheet sheet = workbook.newWorksheet(wide ? "Finance" : "Actuals");
        if (wide) {
            writeWide(sheet);
        } else {
            List<String> header = List.of("measure", "period", "value", "note");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                sheet.value(r + 1, 0, row.measure());
                period(sheet, r + 1, 1, row.period());
                value(sheet, r + 1, 2, row.value());
                if (!row.note().isEmpty()) {
                    sheet.value(r + 1, 3, row.note());
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    /** A row per measure, a column per period (first seen first); a repeated measure and period keeps the last value. */
    private void writeWide(Worksheet sheet) {
        Map<String, Integer> measures = new LinkedHashMap<>();
        Map<Object, Integer> periods = new LinkedHashMap<>();
        sheet.value(0, 0, "measure");
        for (Row row : rows) {
            int r = measures.computeIfAbsent(row.measure(), m -> measures.size() + 1);
            int c = periods.computeIfAbsent(row.period(), p -> periods.size() + 1);
            sheet.value(r, 0, row.measure());
            period(sheet, 0, c, row.period());
            value(sheet, r, c, row.value());
        }
    }

    private static void period(Worksheet sheet, int r, int c, Object period) {
        if (period instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        } else {
            sheet.value(r, c, (String) period);
        }
    }

    private static void value(Worksheet sheet, int r, int c, Object value) {
        if (value instanceof Double number) {
            sheet.value(r, c, number);
        } else {
            sheet.value(r, c, (String) value);
        }
    }
}
