package dev.bscportal.core.book;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The computed style of one chart element, as an SVG engine computes it: the chart sheet's matching rules over the
 * element's own presentation attributes, inherited from the parent where SVG inherits (all but {@code opacity}).
 * A value this reader does not understand throws {@link IllegalArgumentException}: the chart then goes to the
 * general SVG engine.
 */
record ChartStyle(Optional<Color> fill, double fillOpacity, Optional<Color> stroke, double strokeOpacity,
        double strokeWidth, float[] dashes, double opacity, double fontSize, boolean bold, boolean italic, String anchor) {

    /** SVG's initial values: black fill, no stroke, 1 px lines, 16 px text, anchored at its start. */
    static final ChartStyle INITIAL = new ChartStyle(Optional.of(Color.BLACK), 1, Optional.empty(), 1, 1, null, 1, 16,
            false, false, "start");

    private static final java.util.regex.Pattern HEX3 = java.util.regex.Pattern.compile("#[0-9a-f]{3}");
    private static final java.util.regex.Pattern HEX6 = java.util.regex.Pattern.compile("#[0-9a-f]{6}");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9]*\\.?[0-9]+");

    /** The style of a child with these {@code attributes} (presentation attributes) and classes on {@code path}. */
    ChartStyle child(Map<String, String> attributes, List<Set<String>> path, ChartStyles sheet) {
        Map<String, String> declared = new java.util.HashMap<>();
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            if (ChartStyles.PROPERTIES.contains(a.getKey())) {
                declared.put(a.getKey(), a.getValue());
            }
        }
        Map<String, int[]> rank = new java.util.HashMap<>();
        for (ChartStyles.Rule rule : sheet.rules()) {
            if (!rule.matches(path)) {
                continue;
            }
            for (Map.Entry<String, String> d : rule.declarations().entrySet()) {
                int[] previous = rank.get(d.getKey());
                if (previous == null || rule.specificity() > previous[0]
                        || (rule.specificity() == previous[0] && rule.order() > previous[1])) {
                    rank.put(d.getKey(), new int[] {rule.specificity(), rule.order()});
                    declared.put(d.getKey(), d.getValue());
                }
            }
        }
        // everything is inherited but opacity
        ChartStyle s = new ChartStyle(fill, fillOpacity, stroke, strokeOpacity, strokeWidth, dashes,
                1, fontSize, bold, italic, anchor);
        for (Map.Entry<String, String> d : declared.entrySet()) {
            s = s.with(d.getKey(), d.getValue().strip());
        }
        return s;
    }

    private ChartStyle with(String name, String value) {
        return switch (name) {
            case "fill" -> new ChartStyle(paint(value), fillOpacity, stroke, strokeOpacity, strokeWidth, dashes, opacity,
                    fontSize, bold, italic, anchor);
            case "fill-opacity" -> new ChartStyle(fill, fraction(value), stroke, strokeOpacity, strokeWidth, dashes, opacity,
                    fontSize, bold, italic, anchor);
            case "stroke" -> new ChartStyle(fill, fillOpacity, paint(value), strokeOpacity, strokeWidth, dashes, opacity,
                    fontSize, bold, italic, anchor);
            case "stroke-opacity" -> new ChartStyle(fill, fillOpacity, stroke, fraction(value), strokeWidth, dashes, opacity,
                    fontSize, bold, italic, anchor);
            case "stroke-width" -> new ChartStyle(fill, fillOpacity, stroke, strokeOpacity, length(value), dashes, opacity,
                    fontSize, bold, italic, anchor);
            case "stroke-dasharray" -> new ChartStyle(fill, fillOpacity, stroke, strokeOpacity, strokeWidth, dashes(value),
                    opacity, fontSize, bold, italic, anchor);
            case "opacity" -> new ChartStyle(fill, fillOpacity, stroke, strokeOpacity, strokeWidth, dashes, fraction(value),
                    fontSize, bold, italic, anchor);
            case "font-size" -> new ChartStyle(fill, fillOpacity, stroke, strokeOpacity, strokeWidth, dashes, opacity,
                    length(value), bold, italic, anchor);
            case "font-weight" -> new ChartStyle(fill, fillOpacity, stroke, strokeOpacity, strokeWidth, dashes, opacity,
                    fontSize, weight(value), italic, anchor);
            case "font-style" -> new ChartStyle(fill, fillOpacity, stroke, strokeOpacity, strokeWidth, dashes, opacity,
                    fontSize, bold, italic(value), anchor);
            case "text-anchor" -> new ChartStyle(fill, fillOpacity, stroke, strokeOpacity, strokeWidth, dashes, opacity,
                    fontSize, bold, italic, anchor(value));
            default -> throw new IllegalArgumentException("property " + name);
        };
    }

    /**
     * A paint: none, transparent (Graphviz's invisible outline), currentColor (black: the drawing sees no page
     * colour), #rgb or #rrggbb.
     */
    static Optional<Color> paint(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("none") || v.equals("transparent")) {
            return Optional.empty();
        }
        if (v.equals("currentcolor")) {
            return Optional.of(Color.BLACK);
        }
        if (HEX3.matcher(v).matches()) {
            return Optional.of(new Color(Integer.parseInt("" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2)
                    + v.charAt(3) + v.charAt(3), 16)));
        }
        if (HEX6.matcher(v).matches()) {
            return Optional.of(new Color(Integer.parseInt(v.substring(1), 16)));
        }
        throw new IllegalArgumentException("paint " + value);
    }

    /** A plain number or one in px, finite and not negative. */
    static double length(String value) {
        String v = value.endsWith("px") ? value.substring(0, value.length() - 2) : value;
        if (!NUMBER.matcher(v).matches()) {
            throw new IllegalArgumentException("length " + value);
        }
        return Double.parseDouble(v);
    }

    private static double fraction(String value) {
        return Math.min(1, length(value));
    }

    private static float[] dashes(String value) {
        if (value.equals("none")) {
            return null;
        }
        String[] parts = value.split("[\\s,]+");
        float[] out = new float[parts.length % 2 == 0 ? parts.length : parts.length * 2];
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) length(parts[i % parts.length]);
            sum += out[i];
        }
        return sum > 0 ? out : null;
    }

    private static boolean weight(String value) {
        return switch (value) {
            case "bold", "bolder", "600", "700", "800", "900" -> true;
            case "normal", "lighter", "100", "200", "300", "400", "500" -> false;
            default -> throw new IllegalArgumentException("font-weight " + value);
        };
    }

    private static boolean italic(String value) {
        return switch (value) {
            case "italic", "oblique" -> true;
            case "normal" -> false;
            default -> throw new IllegalArgumentException("font-style " + value);
        };
    }

    private static String anchor(String value) {
        if (!Set.of("start", "middle", "end").contains(value)) {
            throw new IllegalArgumentException("text-anchor " + value);
        }
        return value;
    }

    /** The pen for this element's outline: SVG's butt caps, miter joins (limit 4) and its dashes. */
    BasicStroke pen() {
        return new BasicStroke((float) strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f, dashes, 0f);
    }

    /** {@code colour} with the element's opacity and the given paint opacity as alpha. */
    Color withAlpha(Color colour, double paintOpacity) {
        int alpha = (int) Math.round(255 * Math.max(0, Math.min(1, opacity * paintOpacity)));
        return alpha == 255 ? colour : new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }
}
