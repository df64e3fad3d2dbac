package dev.bscportal.core.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The chart style sheet of the book ({@code <style data-svg>} in book.ftlh, the site's chart colours written out),
 * read strictly: rules of class selectors ({@code .a}, {@code .a .b} for a descendant, comma-separated lists) with
 * the few properties a chart uses. Anything else (another selector, an unknown property, an {@code !important})
 * makes {@link #parse} empty, and the chart is left to the general SVG engine: a chart never looks different
 * because this reader skipped a rule.
 */
record ChartStyles(List<Rule> rules) {

    /** The properties a chart sheet or a chart's own attributes may set. */
    static final Set<String> PROPERTIES = Set.of("fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity",
            "stroke-dasharray", "opacity", "font-size", "font-weight", "font-style", "text-anchor");

    private static final Pattern CLASS = Pattern.compile("\\.[A-Za-z_][A-Za-z0-9_-]*");

    /** One selector with its declarations; {@code classes} from the outermost ancestor to the element itself. */
    record Rule(List<String> classes, Map<String, String> declarations, int order) {

        int specificity() {
            return classes.size();
        }

        /** Whether the rule applies to an element whose own classes and ancestors' classes are given. */
        boolean matches(List<Set<String>> path) {
            int last = path.size() - 1;
            if (last < 0 || !path.get(last).contains(classes.get(classes.size() - 1))) {
                return false;
            }
            int at = last - 1;
            for (int i = classes.size() - 2; i >= 0; i--) {
                while (at >= 0 && !path.get(at).contains(classes.get(i))) {
                    at--;
                }
                if (at < 0) {
                    return false;
                }
                at--;
            }
            return true;
        }
    }

    static final ChartStyles NONE = new ChartStyles(List.of());

    static Optional<ChartStyles> parse(String sheet) {
        String css = stripComments(sheet);
        if (css == null) {
            return Optional.empty();
        }
        List<Rule> rules = new ArrayList<>();
        int order = 0;
        int from = 0;
        while (true) {
            int open = css.indexOf('{', from);
            if (open < 0) {
                return css.substring(from).isBlank() ? Optional.of(new ChartStyles(List.copyOf(rules))) : Optional.empty();
            }
            int close = css.indexOf('}', open);
            if (close < 0 || css.substring(open + 1, close).indexOf('{') >= 0) {
                return Optional.empty();
            }
            Optional<Map<String, String>> declarations = declarations(css.substring(open + 1, close));
            if (declarations.isEmpty()) {
                return Optional.empty();
            }
            for (String selector : css.substring(from, open).split(",")) {
                Optional<List<String>> classes = selector(selector.strip());
                if (classes.isEmpty()) {
                    return Optional.empty();
                }
                rules.add(new Rule(classes.get(), declarations.get(), order++));
            }
            from = close + 1;
        }
    }

    private static String stripComments(String sheet) {
        StringBuilder out = new StringBuilder(sheet.length());
        int from = 0;
        while (true) {
            int start = sheet.indexOf("/*", from);
            if (start < 0) {
                return out.append(sheet, from, sheet.length()).toString();
            }
            int end = sheet.indexOf("*/", start + 2);
            if (end < 0) {
                return null;
            }
            out.append(sheet, from, start).append(' ');
            from = end + 2;
        }
    }

    private static Optional<List<String>> selector(String selector) {
        if (selector.isEmpty()) {
            return Optional.empty();
        }
        List<String> classes = new ArrayList<>();
        for (String part : selector.split("\\s+")) {
            if (!CLASS.matcher(part).matches()) {
                return Optional.empty();
            }
            classes.add(part.substring(1));
        }
        return Optional.of(List.copyOf(classes));
    }

    private static Optional<Map<String, String>> declarations(String block) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String declaration : block.split(";")) {
            if (declaration.isBlank()) {
                continue;
            }
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String name = declaration.substring(0, colon).strip();
            String value = declaration.substring(colon + 1).strip();
            if (!PROPERTIES.contains(name) || value.isEmpty() || value.contains("!")) {
                return Optional.empty();
            }
            out.put(name, value);
        }
        return Optional.of(Map.copyOf(out));
    }
}
