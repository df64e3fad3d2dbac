package dev.bscportal.core.book;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MapLinksTest {

    private static final Pattern WIDTH = Pattern.compile("width:([0-9.]+)mm");

    @Test
    void givenASmallMap_whenSizedForTheBook_thenItKeepsTheSizeGraphvizDrewItAt() {
        // given a map Graphviz drew 216 pt (76.2 mm) wide
        Element svg = map("216pt", "0 0 216 108");

        // when the book sizes it
        MapLinks.add(svg.ownerDocument(), svg);

        // then it is drawn at that size, not stretched to the page's 178 mm
        assertEquals(76.2, widthMm(svg), 0.01);
    }

    @Test
    void givenAWideMap_whenSizedForTheBook_thenItFillsTheTextWidthAndNoMore() {
        Element svg = map("900pt", "0 0 900 300");

        MapLinks.add(svg.ownerDocument(), svg);

        assertEquals(MapLinks.MAX_WIDTH_MM, widthMm(svg), 0.01);
    }

    @Test
    void givenATallMap_whenSizedForTheBook_thenItsHeightFitsThePage() {
        Element svg = map("400pt", "0 0 400 800");

        MapLinks.add(svg.ownerDocument(), svg);

        assertEquals(MapLinks.MAX_HEIGHT_MM / 2, widthMm(svg), 0.01);
    }

    @Test
    void givenNoOrAMalformedDrawnWidth_thenTheWidthIsNotBounded() {
        for (String value : new String[] {"", "216", "216px", "-5pt", "0pt", "1e9pt", "216pt;x", "99999999pt"}) {
            assertEquals(Double.MAX_VALUE, MapLinks.naturalWidthMm(value), value);
        }
        assertEquals(25.4, MapLinks.naturalWidthMm(" 72pt "), 1e-9);
    }

    private static Element map(String dataWidth, String viewBox) {
        Document doc = Jsoup.parse("<div class=\"map\"><svg data-width=\"" + dataWidth + "\" viewBox=\"" + viewBox
                + "\"><g class=\"graph\" transform=\"translate(4 104)\"></g></svg></div>");
        return doc.selectFirst("svg");
    }

    private static double widthMm(Element svg) {
        Matcher m = WIDTH.matcher(svg.attr("style"));
        m.find();
        return Double.parseDouble(m.group(1));
    }
}
