package dev.bscportal.core.sheets;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.problem.SourcePosition;
import dev.bscportal.core.testing.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A cell of an update workbook holds text from the strategy and its measurement files: it must be XML 1.0 (or Excel
 * refuses the file) and carry none of the characters the text rule refuses in a line (a bidi override would show the
 * owner a measure's name reversed). Until the rule was shared, lone surrogates, U+FFFE/U+FFFF and C0 controls became
 * spaces, but C1 controls, U+FDD0-FDEF, supplementary noncharacters and bidi controls went into the cell.
 */
class SheetWorkbookCellsTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x202E, 0x202A, 0x2066, 0x2069, 0x85, 0x9B, 0x7F, 0xFDD0, 0x1FFFF, 0xD800, 0xDC00, 0xFFFF, 0xFFFE,
            0x1B, '\t', '\n', 0x2028})
    void givenANoteNameAndSheetHoldingACharacterALineMustNotCarry_whenTheWorkbookIsWritten_thenEachCellHoldsASpace(int character)
            throws Exception {
        // given a measure whose name and unit, and a recorded value whose note and sheet name, hold the character
        String c = new String(Character.toChars(character));
        Measure measure = Models.measure("nps", "delight", Polarity.HIGHER_IS_BETTER, Targets.NONE).toBuilder()
                .name("Net" + c + "promoter").unit("pts" + c + "x").build();
        Origin origin = Origin.at(SourcePosition.cell("measurements/q3.xlsx", "Q3" + c + "data", 2, 7));
        Measurement recorded = new Measurement("nps", Period.parse("2026-09").orElseThrow(), 31, "before" + c + "after", origin);
        SheetEntry entry = new SheetEntry("nps", Models.scorecard("", Optional.empty(), List.of(), List.of(measure),
                List.of(recorded), List.of()), measure, List.of(recorded), List.of());

        // when the workbook is written and read back (an XML parser: a character XML 1.0 forbids fails the read)
        SheetRows row = SheetRows.of(SheetWorkbook.write("Owner" + c, List.of(entry))).get(0);

        // then the character is a space in the cells, and the position names it as U+XXXX
        assertEquals("Net promoter", row.name());
        assertEquals("before after", row.note());
        assertEquals(String.format("measurements/q3.xlsx!'Q3<U+%04X>data'!C7", character), row.recordedIn());
    }

    @Test
    void givenATextLongerThanACellHoldsWithAPairAtTheCut_whenCleaned_thenThePairIsLeftOutWhole() {
        String text = "a".repeat(SheetWorkbook.MAX_CELL_TEXT - 1) + "\uD83D\uDE00";

        assertEquals("a".repeat(SheetWorkbook.MAX_CELL_TEXT - 1), SheetWorkbook.clean(text));
        assertEquals("a".repeat(SheetWorkbook.MAX_CELL_TEXT), SheetWorkbook.clean("a".repeat(40_000)));
    }
}
