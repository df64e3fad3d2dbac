package dev.bscportal.core.fetch;

import dev.bscportal.core.load.ReaderProbe;
import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.problem.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A source's notes are hostile text: the CSV a fetch writes must be one the build reads without a problem, whatever
 * characters the source put into a note (the build refuses control characters, noncharacters and lone surrogates with
 * BSC189 since the text rule of {@code TextCharacters}; the fetch had kept U+FFFF, found by FetchAnswerFuzzTest).
 */
class MeasurementCsvNotesTest {

    private static final SourcePosition AT = SourcePosition.of("sources/erp.yaml", 2);

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x01, 0x1B, 0x7F, 0x85, 0x9B, 0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFF, 0x10FFFF, 0x202E, 0x2066,
            0x2069, 0xD800, 0xDC00, '\t', 0x2028, 0x2029})
    void givenANoteHoldingACharacterTheBuildRefusesOrWarnsAbout_whenWritten_thenTheBuildReadsTheCsvWithoutAProblem(int character)
            throws Exception {
        // given a source's answer whose note holds the character between two words
        String note = "before" + new String(Character.toChars(character)) + "after";
        List<FetchedRow> rows = List.of(new FetchedRow(1, "nps", "2026-10", "31", note));

        // when the fetch writes the measurements file
        String csv = MeasurementCsv.write(rows, Map.of("nps", Frequency.MONTHLY), AT);

        // then the build reads it with no problem, and the character is a space
        ReaderProbe.Outcome read = ReaderProbe.csv(csv, "measurements/erp.csv");
        assertEquals(List.of(), read.problems(), csv);
        List<?> measurements = (List<?>) read.element().orElseThrow();
        assertEquals("before after", ((Measurement) measurements.get(0)).note(), csv);
    }

    @Test
    void givenALongNoteWhoseCutFallsInsideACharacter_whenWritten_thenTheCutKeepsTheCharacterWholeOrLeavesItOut() throws Exception {
        // given a note whose 500th character is the first half of an emoji
        String note = "a".repeat(499) + "\uD83D\uDE80" + "tail";
        List<FetchedRow> rows = List.of(new FetchedRow(1, "nps", "2026-10", "31", note));

        // when written
        String csv = MeasurementCsv.write(rows, Map.of("nps", Frequency.MONTHLY), AT);

        // then no half of it is left for the build to refuse
        ReaderProbe.Outcome read = ReaderProbe.csv(csv, "measurements/erp.csv");
        assertEquals(List.of(), read.problems());
        assertEquals("a".repeat(499), ((Measurement) ((List<?>) read.element().orElseThrow()).get(0)).note());
    }
}
