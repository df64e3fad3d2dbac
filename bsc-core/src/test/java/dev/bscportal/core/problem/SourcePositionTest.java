package dev.bscportal.core.problem;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Positions in workbooks are written as Excel writes references, whatever the sheet is called. */
class SourcePositionTest {

    @Test
    void aCellIsNamedByItsSheetColumnLettersAndRow() {
        assertEquals("measurements/q3.xlsx!Sheet1!C7", SourcePosition.cell("measurements/q3.xlsx", "Sheet1", 2, 7).toString());
        assertEquals("m.xlsx!Data_2026.v2!Z1", SourcePosition.cell("m.xlsx", "Data_2026.v2", 25, 1).toString());
        assertEquals("m.xlsx!S!AA2", SourcePosition.cell("m.xlsx", "S", 26, 2).toString());
        assertEquals("m.xlsx!S!XFD3", SourcePosition.cell("m.xlsx", "S", 16383, 3).toString());
    }

    @Test
    void aSheetNameWithOtherCharactersIsQuotedWithItsQuotesDoubledAndControlCharactersShownAsCodePoints() {
        assertEquals("m.xlsx!'Q3 actuals'!A1", SourcePosition.cell("m.xlsx", "Q3 actuals", 0, 1).toString());
        assertEquals("m.xlsx!'Kevin''s data'!B2", SourcePosition.cell("m.xlsx", "Kevin's data", 1, 2).toString());
        // a '?' until the text rule: it did not say which character, and Excel forbids '?' in a sheet name
        assertEquals("m.xlsx!'a<U+000A>b<U+001B>c'!A1", SourcePosition.cell("m.xlsx", "a\nb\u001bc", 0, 1).toString());
        assertEquals("m.xlsx!'Übersicht'", SourcePosition.sheet("m.xlsx", "Übersicht").toString());
    }

    @Test
    void givenASheetNameWithABidiOverrideALoneSurrogateOrANoncharacter_whenShown_thenEachIsItsCodePointAndTheNameQuoted() {
        // given sheet names the old rule (ISO controls only) passed through: one reads reversed, one is not UTF-8
        assertEquals("m.xlsx!'Q3<U+202E>slautca'!C7", SourcePosition.cell("m.xlsx", "Q3\u202Eslautca", 2, 7).toString());
        assertEquals("m.xlsx!'half<U+D800>'!A1", SourcePosition.cell("m.xlsx", "half\uD800", 0, 1).toString());
        assertEquals("m.xlsx!'data<U+FFFF>'", SourcePosition.sheet("m.xlsx", "data\uFFFF").toString());
        assertEquals("m.xlsx!'<U+2066>x<U+2069>'!A5:A9", SourcePosition.range("m.xlsx", "\u2066x\u2069", "A5:A9", 5).toString());
    }

    @Test
    void cellPositionsSortByFileThenRowThenCellAndTextPositionsStayAsTheyWere() {
        List<SourcePosition> positions = new ArrayList<>(List.of(SourcePosition.cell("b.xlsx", "S", 0, 1),
                SourcePosition.cell("a.xlsx", "S", 1, 10), SourcePosition.cell("a.xlsx", "S", 0, 10), SourcePosition.cell("a.xlsx", "S", 5, 2)));
        positions.sort(null);

        assertEquals(List.of("a.xlsx!S!F2", "a.xlsx!S!A10", "a.xlsx!S!B10", "b.xlsx!S!A1"), positions.stream().map(Object::toString).toList());
        assertEquals("measures/x.yaml:3", SourcePosition.of("measures/x.yaml", 3).toString());
        assertEquals("measures/x.yaml", SourcePosition.file("measures/x.yaml").toString());
    }
}
