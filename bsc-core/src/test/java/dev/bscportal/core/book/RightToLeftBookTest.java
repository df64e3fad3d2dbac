package dev.bscportal.core.book;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hebrew in the book reads right to left, as written: in {@code נועה כהן} (an OKR's owner) and {@code שקיפות מלאה}
 * (a value) the first letter is drawn right of the last. The PDF engine alone drew them left to right, every word
 * mirrored. Checked on the fixture strategies/startup-okrs, by where each glyph lands on the page; Latin text beside
 * stays left to right, and the book is the same bytes when built twice.
 */
class RightToLeftBookTest {

    static final Path FIXTURE = Path.of("src/test/resources/strategies/startup-okrs");

    @TempDir
    static Path shared;

    static FixtureBooks books;
    static Path built;

    @BeforeAll
    static void buildTheBookOnce() throws Exception {
        books = FixtureBooks.of(FIXTURE, shared);
        built = books.write("books").resolve(BriefingBooks.FILE);
    }

    /** Each glyph drawn as text with its page, baseline and left edge. */
    record Placed(int page, String text, float x, float y) {
    }

    static List<Placed> placed(Path pdf) throws IOException {
        List<Placed> glyphs = new ArrayList<>();
        FixtureBooks.eachGlyph(pdf, (page, text) -> glyphs.add(new Placed(page, text.getUnicode(), text.getXDirAdj(), text.getYDirAdj())));
        return glyphs;
    }

    /** The glyphs {@code first} and {@code last} on the same page and line, every time they appear together. */
    static List<Placed[]> pairs(List<Placed> glyphs, String first, String last) {
        List<Placed[]> pairs = new ArrayList<>();
        for (Placed a : glyphs) {
            if (!a.text().equals(first)) {
                continue;
            }
            glyphs.stream().filter(b -> b.text().equals(last) && b.page() == a.page() && Math.abs(b.y() - a.y()) < 1)
                    .min((b, c) -> Float.compare(Math.abs(b.x() - a.x()), Math.abs(c.x() - a.x())))
                    .ifPresent(b -> pairs.add(new Placed[] {a, b}));
        }
        return pairs;
    }

    @Test
    void hebrewNamesAndValuesArePrintedRightToLeft() throws Exception {
        // given the book of a strategy with a Hebrew owner (נועה כהן) and a Hebrew value (שקיפות מלאה)
        List<Placed> glyphs = placed(built);

        // when the first and last letters of each are found on their lines
        List<Placed[]> owner = pairs(glyphs, "נ", "ן");
        List<Placed[]> value = pairs(glyphs, "ש", "א");

        // then each first letter lies right of the last one, wherever the text is printed
        assertTrue(!owner.isEmpty() && !value.isEmpty(), "the Hebrew texts are printed: " + owner.size() + ", " + value.size());
        for (Placed[] pair : owner) {
            assertTrue(pair[0].x() > pair[1].x(), "נ right of ן on page " + pair[0].page() + ": " + pair[0] + " " + pair[1]);
        }
        for (Placed[] pair : value) {
            assertTrue(pair[0].x() > pair[1].x(), "ש right of א on page " + pair[0].page() + ": " + pair[0] + " " + pair[1]);
        }
    }

    @Test
    void latinTextBesideStaysLeftToRightAndTheBookIsTheSameBytesTwice() throws Exception {
        // given the book's glyphs
        List<Placed> glyphs = placed(built);

        // then a Latin word reads left to right ('S' of "Supports" left of its 's')
        List<Placed[]> supports = pairs(glyphs, "S", "t");
        assertTrue(supports.stream().anyMatch(p -> p[0].x() < p[1].x()), "Latin stays left to right");
        // and a second build gives the same bytes
        assertArrayEquals(Files.readAllBytes(built), Files.readAllBytes(books.write("again").resolve(BriefingBooks.FILE)));
        assertEquals(Files.size(built), Files.size(shared.resolve("again/briefing-book.pdf")));
    }
}
