package dev.bscportal.core.maps;

import dev.bscportal.core.text.Xml;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Graphviz SVG into markup fit to inline in a page: no XML prolog, doctype or comments, an
 * accessible name, responsive size, node titles that say the objective's name and score, and links made
 * relative to the page that shows the map.
 */
public final class MapSvg {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SVG_OPEN = Pattern.compile("<svg\\b[^>]*>");
    private static final Pattern SIZE = Pattern.compile("\\s(width|height)=\"[^\"]*\"");
    private static final Pattern WIDTH = Pattern.compile("\\swidth=\"([^\"]*)\"");
    private static final Pattern HEIGHT = Pattern.compile("\\sheight=\"([^\"]*)\"");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("[a-z]+$");
    /** Graphviz writes '-' in ids as "&#45;". */
    private static final Pattern NODE_TITLE = Pattern.compile("<title>(o_[a-z0-9]+(?:(?:-|&#45;)[a-z0-9]+)*|n\\d+)</title>");
    /** A node link's tooltip, which the DOT sets to the node id (so Graphviz expands nothing in the text). */
    private static final Pattern NODE_TOOLTIP = Pattern.compile("xlink:title=\"(o_[a-z0-9]+(?:(?:-|&#45;)[a-z0-9]+)*|n\\d+)\"");

    private MapSvg() {
    }

    /**
     * Cleans a laid-out map once: {@code titles} maps node ids to their tooltip text (already XML-escaped is
     * not required: it is escaped here).
     */
    public static String clean(String svg, String accessibleName, Map<String, String> titles) {
        int start = svg.indexOf("<svg");
        String body = COMMENT.matcher(start < 0 ? svg : svg.substring(start)).replaceAll("");
        Matcher open = SVG_OPEN.matcher(body);
        if (open.find()) {
            String tag = open.group();
            String width = attribute(tag, "width");
            String height = attribute(tag, "height");
            // the name is the organisation's or a unit's: put in as plain text, never as a regex replacement
            // (where '$1' or '\\' in a name meant "Illegal group reference")
            String sized = SIZE.matcher(tag).replaceAll("");
            String newTag = "<svg class=\"strategy-map\" role=\"img\" aria-label=\""
                    + Xml.attribute(accessibleName) + "\" style=\"max-width:" + pixels(width) + "\""
                    + " data-width=\"" + Xml.attribute(width) + "\" data-height=\"" + Xml.attribute(height) + "\""
                    + sized.substring("<svg".length());
            body = body.substring(0, open.start()) + newTag + body.substring(open.end());
        }
        Matcher titleMatcher = NODE_TITLE.matcher(body);
        StringBuilder out = new StringBuilder();
        while (titleMatcher.find()) {
            String text = titles.get(titleMatcher.group(1).replace("&#45;", "-"));
            titleMatcher.appendReplacement(out, Matcher.quoteReplacement(
                    text == null ? titleMatcher.group() : "<title>" + Xml.text(text) + "</title>"));
        }
        titleMatcher.appendTail(out);
        Matcher tooltipMatcher = NODE_TOOLTIP.matcher(out.toString());
        StringBuilder withTooltips = new StringBuilder();
        while (tooltipMatcher.find()) {
            String text = titles.get(tooltipMatcher.group(1).replace("&#45;", "-"));
            tooltipMatcher.appendReplacement(withTooltips, Matcher.quoteReplacement(
                    text == null ? tooltipMatcher.group() : "xlink:title=\"" + Xml.attribute(text) + "\""));
        }
        tooltipMatcher.appendTail(withTooltips);
        return withTooltips.toString().trim() + "\n";
    }

    /**
     * The root of a cleaned map written as a file of its own: as high as its width and viewBox say
     * ({@code height:auto}). A browser opening the file otherwise makes the root as high as the window (it has no
     * height attribute), so a one-objective map sat in a 900 px frame at the top of a 59 px drawing. Inlined maps
     * get the same from the site's style sheet; the book's drawer reads the root's style and takes numbers only, so
     * the cleaned map itself keeps {@code max-width} alone.
     */
    public static String sizedByViewBox(String cleanedSvg) {
        Matcher open = SVG_OPEN.matcher(cleanedSvg);
        if (!open.find() || !open.group().contains(" style=\"max-width:")) {
            return cleanedSvg;
        }
        String tag = open.group().replaceFirst(" style=\"max-width:", " style=\"height:auto;max-width:");
        return cleanedSvg.substring(0, open.start()) + tag + cleanedSvg.substring(open.end());
    }

    /**
     * Places a cleaned map in a page: links start from the page's way back to the site root. Only link targets are
     * changed: an objective named "Visit bsc-root:objectives" keeps its name in the map's text.
     */
    public static String place(String cleanedSvg, String pageRoot) {
        return cleanedSvg.replace("href=\"" + StrategyMapDot.ROOT, "href=\"" + pageRoot);
    }

    private static String attribute(String tag, String name) {
        Matcher m = (name.equals("width") ? WIDTH : HEIGHT).matcher(tag);
        return m.find() ? m.group(1) : "";
    }

    private static String pixels(String graphvizLength) {
        String number = UNIT_SUFFIX.matcher(graphvizLength).replaceAll("");
        try {
            double value = Double.parseDouble(number);
            return graphvizLength.endsWith("px") ? Math.round(value) + "px" : Math.round(value * 4 / 3) + "px";
        } catch (NumberFormatException e) {
            return "100%";
        }
    }
}
