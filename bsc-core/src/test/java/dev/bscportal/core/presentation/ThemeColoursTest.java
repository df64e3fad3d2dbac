package dev.bscportal.core.presentation;

import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Theme;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeColoursTest {

    private static Theme theme(String id, String colour) {
        return new Theme(id, id, "", colour, Origin.at("strategy.yaml", 1));
    }

    private static List<Theme> uncoloured(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> theme(id, "")).toList();
    }

    @Test
    void themesWithoutAColourGetDistinctPaletteColoursInTheOrderWritten() {
        // given five themes without colours
        ThemeColours colours = ThemeColours.of(uncoloured("safe", "homes", "green", "digital", "money"));

        // then they get the first five palette colours, in order, all different and none grey
        List<String> got = List.of("safe", "homes", "green", "digital", "money").stream().map(colours::css).toList();
        assertEquals(ThemeColours.PALETTE.subList(0, 5), got);
        assertEquals(5, new HashSet<>(got).size());
        assertFalse(got.contains(ThemeColours.NEUTRAL));
    }

    @Test
    void theColourFollowsThePositionNotTheId() {
        // given the same themes written in two orders
        ThemeColours ab = ThemeColours.of(uncoloured("a", "b"));
        ThemeColours ba = ThemeColours.of(uncoloured("b", "a"));

        // then the first written gets the first colour, whatever its id; and it is the same every time
        assertEquals(ab.css("a"), ba.css("b"));
        assertEquals(ab.css("b"), ba.css("a"));
        assertEquals(ab.css("a"), ThemeColours.of(uncoloured("a", "b")).css("a"));
    }

    @Test
    void declaredColoursAreKeptAndThePaletteSkipsThem() {
        // given a theme that declares the first palette colour (other case, short form elsewhere) and two without
        List<Theme> themes = List.of(theme("x", ""), theme("declared", "#0072b2"), theme("y", ""), theme("short", "#abc"));
        ThemeColours colours = ThemeColours.of(themes);

        // then the declared colours stay as written, and the others do not repeat the declared one
        assertEquals("#0072b2", colours.css("declared"));
        assertEquals("#abc", colours.css("short"));
        assertEquals("#aabbcc", colours.hex("short"));
        assertEquals("#E69F00", colours.css("x"));
        assertEquals("#009E73", colours.css("y"));
    }

    @Test
    void aNamedColourIsUsedOnPagesButAMapBoxOnlyTakesHex() {
        ThemeColours colours = ThemeColours.of(List.of(theme("t", "teal")));

        assertEquals("teal", colours.css("t"));
        assertEquals(ThemeColours.NEUTRAL, colours.hex("t"));
    }

    @Test
    void moreThemesThanPaletteColoursRepeatThePaletteRatherThanFallingBackToGrey() {
        String[] ids = IntStream.range(0, 10).mapToObj(i -> "t" + i).toArray(String[]::new);
        ThemeColours colours = ThemeColours.of(uncoloured(ids));

        assertEquals(ThemeColours.PALETTE.get(0), colours.css("t8"));
        assertTrue(IntStream.range(0, 10).mapToObj(i -> colours.hex("t" + i)).allMatch(c -> c.matches("#[0-9A-Fa-f]{6}")));
    }
}
