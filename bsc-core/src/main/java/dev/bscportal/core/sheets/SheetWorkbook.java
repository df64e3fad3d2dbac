package dev.bscportal.core.sheets;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.text.TextCharacters;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.ProtectionOption;
import org.dhatim.fastexcel.SheetProtectionOption;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One update workbook: a sheet {@code Update} with a header row and, per measure, its recent values (locked) and a row
 * per period due whose value and note cells are the only unlocked cells. A value cell accepts numbers only (a data
 * validation, so Excel and LibreOffice refuse text as it is typed). The sheet is protected without a password: it
 * guards against typing into the wrong cell, not against a determined owner, and bsc:import checks every cell anyway.
 * The bytes are made stable by {@link StableZip}.
 */
final class SheetWorkbook {

    static final int MAX_CELL_TEXT = 32_767;
    private static final String DUE_FILL = "FFF2CC";
    private static final String HEADER_FILL = "D9E1F2";

    private SheetWorkbook() {
    }

    /** The workbook's bytes; {@code title} (an owner's or unit's name) goes into the document properties. */
    static byte[] write(String title, List<SheetEntry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "bsc-maven-plugin", "1.0");
        workbook.properties().setTitle(clean("Update sheet: " + title)).setSubject("bsc:sheets");
        Worksheet sheet = workbook.newWorksheet(SheetColumns.SHEET);
        for (int c = 0; c < SheetColumns.ALL.size(); c++) {
            sheet.value(0, c, SheetColumns.ALL.get(c));
            sheet.width(c, SheetColumns.WIDTHS[c]);
        }
        sheet.range(0, 0, 0, SheetColumns.ALL.size() - 1).style().bold().fillColor(HEADER_FILL).set();
        sheet.freezePane(0, 1);
        int row = 1;
        for (SheetEntry entry : entries) {
            for (Measurement recorded : entry.recent()) {
                context(sheet, row, entry, recorded.period());
                sheet.value(row, SheetColumns.VALUE, recorded.value());
                if (!recorded.note().isEmpty()) {
                    sheet.value(row, SheetColumns.NOTE, clean(recorded.note()));
                }
                sheet.value(row, SheetColumns.RECORDED_IN, clean(recorded.origin().at().toString()));
                row++;
            }
            for (Period due : entry.due()) {
                context(sheet, row, entry, due);
                String cell = "D" + (row + 1);
                sheet.range(row, SheetColumns.VALUE, row, SheetColumns.NOTE).style().fillColor(DUE_FILL)
                        .protectionOption(ProtectionOption.LOCKED, false).set();
                sheet.range(row, SheetColumns.VALUE, row, SheetColumns.VALUE).validateWithFormula("ISNUMBER(" + cell + ")")
                        .allowBlank(true).showErrorMessage(true).errorStyle(DataValidationErrorStyle.STOP)
                        .errorTitle("A number, please").error("Type a plain number (no unit, no text); leave the cell empty"
                                + " when there is no value yet.");
                row++;
            }
        }
        sheet.protect("", EnumSet.of(SheetProtectionOption.SHEET, SheetProtectionOption.SELECT_LOCKED_CELLS,
                SheetProtectionOption.SELECT_UNLOCKED_CELLS, SheetProtectionOption.FORMAT_COLUMNS));
        workbook.finish();
        return StableZip.normalise(out.toByteArray());
    }

    private static void context(Worksheet sheet, int row, SheetEntry entry, Period period) {
        Measure measure = entry.measure();
        sheet.value(row, SheetColumns.MEASURE, entry.reference());
        sheet.value(row, SheetColumns.NAME, clean(measure.name()));
        sheet.value(row, SheetColumns.PERIOD, period.toString());
        if (!measure.unit().isEmpty()) {
            sheet.value(row, SheetColumns.UNIT, clean(measure.unit()));
        }
        sheet.value(row, SheetColumns.FREQUENCY, measure.frequency().id());
        Targets targets = measure.targetsFor(period);
        number(sheet, row, SheetColumns.THRESHOLD, targets.threshold());
        number(sheet, row, SheetColumns.THRESHOLD + 1, targets.target());
        number(sheet, row, SheetColumns.THRESHOLD + 2, targets.stretch());
    }

    private static void number(Worksheet sheet, int row, int column, OptionalDouble value) {
        if (value.isPresent()) {
            sheet.value(row, column, value.getAsDouble());
        }
    }

    /**
     * Text from the strategy as a cell may hold it: every character {@link TextCharacters#unsafeInLine} (all that XML
     * 1.0 cannot carry, and line breaks, terminal escapes, bidi controls, noncharacters) becomes a space, and at most
     * {@value #MAX_CELL_TEXT} characters, Excel's limit, never cutting a pair of surrogates in half.
     */
    static String clean(String text) {
        return TextCharacters.cut(TextCharacters.spacedInLine(text), MAX_CELL_TEXT);
    }
}
