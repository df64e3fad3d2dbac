package dev.bscportal.core.book;

import dev.bscportal.core.site.SiteOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The book's drawer makes the general SVG engine only for a drawing it does not draw itself, and without one such a
 * drawing stops the book (BSC188 in the build) instead of leaving a hole in it.
 */
class BookSvgDrawerTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    static Path dir;

    static BookFonts fonts;

    @BeforeAll
    static void load() throws Exception {
        fonts = BookFonts.load(Files.createDirectories(dir.resolve("fonts")));
    }

    /** A drawer without a general engine, noting each drawing it was asked to make one for. */
    private static BookSvgDrawer withoutEngine(List<String> asked) {
        return new BookSvgDrawer(drawing -> {
            asked.add(drawing);
            throw new UndrawableDrawing(drawing);
        }, fonts, null);
    }

    @Test
    void givenTheExampleBookThenNoDrawingNeedsTheGeneralEngine() throws Exception {
        org.w3c.dom.Document doc = BookDocuments.ofExample(SiteOptions.defaults()).get(BriefingBooks.FILE);
        List<String> asked = new ArrayList<>();
        byte[] pdf = BookPdf.render(doc, LocalDate.of(2026, 10, 31), ID, fonts, false, withoutEngine(asked));
        assertTrue(pdf.length > 10_000 && asked.isEmpty(), asked.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<svg class=\"seal\" viewBox=\"0 0 20 10\" width=\"40\" height=\"20\"><ellipse cx=\"10\" cy=\"5\" rx=\"9\" ry=\"4\"/></svg>|element ellipse",
            "<svg class=\"chart\" viewBox=\"0 0 20 10\"><image href=\"x.png\" x=\"0\" y=\"0\" width=\"9\" height=\"9\"/></svg>|element image",
            "<svg class=\"chart\" viewBox=\"0 0 20 10\" style=\"height: 30mm\"><rect x=\"0\" y=\"0\" width=\"9\" height=\"9\"/></svg>|sized other",
            "<svg class=\"logo\" viewBox=\"0 0 20 10\"><rect x=\"0\" y=\"0\" width=\"9\" height=\"9\"/></svg>|not a chart or a strategy map",
    })
    void givenADrawingTheBookDoesNotDrawAndNoGeneralEngineThenTheBookIsNotMadeAndSaysWhichDrawing(String variant) throws Exception {
        String[] parts = variant.split("\\|");
        org.w3c.dom.Document doc = BookDocument.of("<html lang=\"en\"><head><title>t</title></head><body><h1>Seal</h1>"
                + "<div class=\"chart\">" + parts[0] + "</div></body></html>", null);
        List<String> asked = new ArrayList<>();
        UndrawableDrawing e = assertThrows(UndrawableDrawing.class,
                () -> BookPdf.render(doc, LocalDate.of(2026, 10, 31), ID, fonts, false, withoutEngine(asked)));
        assertTrue(e.getMessage().contains(parts[1]) && e.getMessage().startsWith("<svg class=\""), e.getMessage());
    }
}
