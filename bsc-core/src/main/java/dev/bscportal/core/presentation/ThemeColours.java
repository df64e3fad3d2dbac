package dev.bscportal.core.presentation;

import dev.bscportal.core.model.Theme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The colour each theme of one scorecard is shown in. A theme keeps the colour it declares; a theme without one
 * gets the next colour of the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies), in the
 * order the themes are written, skipping palette colours that other themes of the scorecard declare. After eight
 * themes the palette repeats. Same themes, same colours: nothing depends on anything but the list.
 */
public final class ThemeColours {

    /** Okabe-Ito, reordered so that the first five (a usual number of themes) are the strongest on white. */
    public static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#F0E442", "#000000");
    /** For anything that cannot be shown (a map box needs #rrggbb). */
    public static final String NEUTRAL = "#7f8c8d";

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern CSS = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})|[a-zA-Z]{3,20}");

    private final Map<String, String> byTheme;

    private ThemeColours(Map<String, String> byTheme) {
        this.byTheme = byTheme;
    }

    public static ThemeColours of(List<Theme> themes) {
        Set<String> declared = new HashSet<>();
        for (Theme t : themes) {
            declared(t).map(ThemeColours::sixDigits).ifPresent(c -> declared.add(c.toUpperCase(Locale.ROOT)));
        }
        List<String> free = new ArrayList<>(PALETTE.stream().filter(c -> !declared.contains(c)).toList());
        if (free.isEmpty()) {
            free.addAll(PALETTE);
        }
        Map<String, String> result = new LinkedHashMap<>();
        int next = 0;
        for (Theme t : themes) {
            Optional<String> own = declared(t);
            if (own.isPresent()) {
                result.put(t.id(), own.get());
            } else {
                result.put(t.id(), free.get(next++ % free.size()));
            }
        }
        return new ThemeColours(result);
    }

    /** The colour for a page (a CSS value: #rgb, #rrggbb or a colour name), or neutral grey for an unknown theme. */
    public String css(String themeId) {
        return byTheme.getOrDefault(themeId, NEUTRAL);
    }

    /** The colour for a map box: #rrggbb only (Graphviz warns about names it does not know), else neutral grey. */
    public String hex(String themeId) {
        String c = css(themeId);
        return HEX.matcher(c).matches() ? sixDigits(c) : NEUTRAL;
    }

    private static Optional<String> declared(Theme theme) {
        String c = theme.colour() == null ? "" : theme.colour().trim();
        return CSS.matcher(c).matches() ? Optional.of(c) : Optional.empty();
    }

    private static String sixDigits(String c) {
        if (c.length() != 4 || !c.startsWith("#")) {
            return c;
        }
        return "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
    }
}
