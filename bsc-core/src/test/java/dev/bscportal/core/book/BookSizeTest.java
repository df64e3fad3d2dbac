package dev.bscportal.core.book;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The paper sizes a user may write, in any case; anything else is no size (the goal then names what to write). */
class BookSizeTest {

    @Test
    void givenTheNamesOfTheTwoSizesInAnyCaseThenEachIsItsSize() {
        assertEquals(Optional.of(BookSize.A4), BookSize.fromId("A4"));
        assertEquals(Optional.of(BookSize.A4), BookSize.fromId(" a4 "));
        assertEquals(Optional.of(BookSize.LETTER), BookSize.fromId("Letter"));
        assertEquals(Optional.of(BookSize.LETTER), BookSize.fromId("LETTER"));
    }

    @Test
    void givenAnythingElseThenThereIsNoSize() {
        for (String text : new String[] {null, "", "A5", "Legal", "A4;}</style>", "letter-size"}) {
            assertEquals(Optional.empty(), BookSize.fromId(text), String.valueOf(text));
        }
    }

    @Test
    void givenEachSizeThenItsCssKeywordIsAPageSize() {
        assertEquals("A4", BookSize.A4.css());
        assertEquals("letter", BookSize.LETTER.css());
    }
}
