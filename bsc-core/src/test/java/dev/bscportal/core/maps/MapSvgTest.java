package dev.bscportal.core.maps;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

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
}
