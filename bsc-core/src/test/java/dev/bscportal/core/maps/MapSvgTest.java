package dev.bscportal.core.maps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapSvgTest {

    private static final String LAID_OUT = "<?xml version=\"1.0\"?>\n<svg width=\"62pt\" height=\"44pt\" viewBox=\"0 0 62 44\">"
            + "<g id=\"graph0\"><title>o_grow</title><text>Grow</text></g></svg>";

    @ParameterizedTest
    @ValueSource(strings = {"$1", "\\", "$", "{0}", "%s", "%n", "$0\\1", "a$"})
    void aMapNameWithRegexReplacementSyntaxIsShownLiterally(String special) {
        // given a laid-out map and a subject and node title holding regex replacement syntax
        // when it is cleaned
        String svg = MapSvg.clean(LAID_OUT, "Org " + special, Map.of("o_grow", "Objective " + special));

        // then the accessible name and the tooltip are the texts as given
        assertTrue(svg.contains("aria-label=\"Org " + special + "\""), svg);
        assertTrue(svg.contains("<title>Objective " + special + "</title>"), svg);
        assertTrue(svg.startsWith("<svg class=\"strategy-map\""), svg);
    }

    /** A one-objective map as Graphviz lays it out: 283 by 58 points, much wider than high. */
    private static final String ONE_OBJECTIVE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
            + "<svg width=\"283pt\" height=\"58pt\" viewBox=\"0.00 0.00 282.90 58.40\" xmlns=\"http://www.w3.org/2000/svg\">\n"
            + "<g id=\"graph0\" class=\"graph\" transform=\"scale(1 1) rotate(0) translate(7.2 51.2)\">"
            + "<g id=\"node1\" class=\"node objective\"><title>o_win</title><text>Win</text></g></g>\n</svg>\n";

    @Test
    void givenAOneObjectiveMapWhenWrittenAsItsOwnFileThenItsRootIsAsHighAsItsViewBoxSaysNotAsTheWindow() {
        // given a laid-out map of one objective, cleaned for the site
        String cleaned = MapSvg.clean(ONE_OBJECTIVE, "Tiny Labs", Map.of("o_win", "Win"));

        // when it is written as maps/strategy-map.svg
        String standalone = new RenderedMap("maps/strategy-map", "digraph {}", cleaned).standalone();

        // then its root has no fixed width or height, keeps its viewBox, and its height follows its width by that
        // viewBox (height:auto; without it a browser opening the file draws it as high as the window)
        String root = standalone.substring(standalone.indexOf("<svg"), standalone.indexOf('>', standalone.indexOf("<svg")) + 1);
        assertTrue(root.contains(" viewBox=\"0.00 0.00 282.90 58.40\""), root);
        assertTrue(root.contains(" style=\"height:auto;max-width:377px\""), root);
        assertFalse(root.matches("(?s).*\\s(width|height)=.*"), root);
        assertEquals(1, standalone.split("height:auto", -1).length - 1, standalone);
    }

    @Test
    void givenAOneObjectiveMapWhenInlinedInAPageThenItsRootStyleIsTheNaturalWidthOnlyAsTheBookReadsIt() {
        // given a laid-out map of one objective, cleaned for the site
        String cleaned = MapSvg.clean(ONE_OBJECTIVE, "Tiny Labs", Map.of("o_win", "Win"));

        // when it is inlined in a page (and the book, whose drawer takes numbers only in the root's style)
        String inline = new RenderedMap("maps/strategy-map", "digraph {}", cleaned).inline("../");

        // then the root has its viewBox, no fixed height, and only the natural width as its style: the page's style
        // sheet sizes it by the viewBox (height:auto)
        assertTrue(inline.startsWith("<svg class=\"strategy-map\" role=\"img\" aria-label=\"Tiny Labs\" style=\"max-width:377px\""), inline);
        assertTrue(inline.contains(" viewBox=\"0.00 0.00 282.90 58.40\""), inline);
        assertFalse(inline.contains("height:auto") || inline.contains(" height=\""), inline);
    }

    @Test
    void givenSomethingThatIsNotACleanedMapWhenSizedByItsViewBoxThenItIsLeftAsItIs() {
        assertEquals("<p>no map</p>", MapSvg.sizedByViewBox("<p>no map</p>"));
        assertEquals("<svg viewBox=\"0 0 1 1\"/>", MapSvg.sizedByViewBox("<svg viewBox=\"0 0 1 1\"/>"));
    }

    @Test
    void givenAnObjectiveNamedWithThePlaceholderWhenPlacedThenOnlyLinkTargetsChange() {
        // given a cleaned map whose node title and text hold the link placeholder as written by a user
        String cleaned = "<svg class=\"strategy-map\"><a xlink:href=\"bsc-root:objectives/x.html\" "
                + "xlink:title=\"Visit bsc-root:objectives now\"><text>Visit bsc-root:objectives now</text></a></svg>\n";

        // when placed in a page two folders down, and its DOT published
        String placed = MapSvg.place(cleaned, "../../");
        String dot = new RenderedMap("units/sales/maps/strategy-map", "digraph { a [label=\"Visit bsc-root:x\", "
                + "URL=\"bsc-root:units/sales/objectives/a.html\"] }", cleaned).publishedDot();

        // then the link starts from the page, and the name is as written
        assertTrue(placed.contains("xlink:href=\"../../objectives/x.html\""), placed);
        assertEquals(2, placed.split("Visit bsc-root:objectives now", -1).length - 1, placed);
        assertTrue(dot.contains("URL=\"../../../units/sales/objectives/a.html\""), dot);
        assertTrue(dot.contains("label=\"Visit bsc-root:x\""), dot);
    }
}
