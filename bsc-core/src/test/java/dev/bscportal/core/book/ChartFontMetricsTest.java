package dev.bscportal.core.book;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A chart's text is measured with the advances the PDF draws it with: the book font's, as PDFBox reads them. */
class ChartFontMetricsTest {

    private static byte[] font(String style) throws Exception {
        try (InputStream in = ChartFontMetricsTest.class.getClassLoader().getResourceAsStream("liberation/LiberationSans-" + style + ".ttf")) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.15 EUR m", "2025-01", "Größe über Maß", "Выручка", "Ωμέγα", "iiii", "WWWW", "-0.5 %"})
    void givenTextInTheBookFontThenItsWidthIsWhatPdfBoxMeasures(String text) throws Exception {
        for (String style : new String[] {"Regular", "Bold"}) {
            byte[] bytes = font(style);
            ChartFontMetrics metrics = ChartFontMetrics.of(bytes);
            try (PDDocument doc = new PDDocument()) {
                PDType0Font pdf = PDType0Font.load(doc, new ByteArrayInputStream(bytes), false);
                double expected = pdf.getStringWidth(text) / 1000 * 11;
                // PDFBox keeps widths in whole thousandths of an em: half a thousandth per glyph at most
                assertEquals(expected, metrics.width(text, 11), text.length() * 0.0005 * 11, style + " " + text);
            }
        }
    }

    @Test
    void givenWiderLettersThenTheTextIsWiderAndTheWidthGrowsWithTheSize() throws Exception {
        ChartFontMetrics metrics = ChartFontMetrics.of(font("Regular"));
        assertTrue(metrics.width("WWWW", 11) > 3 * metrics.width("iiii", 11));
        assertEquals(2 * metrics.width("8.15 EUR m", 10), metrics.width("8.15 EUR m", 20), 1e-9);
        assertEquals(0, metrics.width("", 11));
        assertTrue(metrics.width("收入", 11) > 0, "a character the font lacks counts as its missing glyph");
    }
}
