package dev.bscportal.core.site;

import dev.bscportal.core.maps.RenderedMap;
import dev.bscportal.core.text.Xml;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A map's own page, {@code maps/<name>.html} beside its {@code .svg}: the map at its natural size in a frame that pans
 * sideways, with the site's style sheet and a viewport, so a phone shows it legibly (the bare SVG file has no
 * viewport: a phone lays it out 980 px wide and shows it at 0.4). Links to the scorecard's home and to the map's
 * SVG and DOT files. Made of the map, the locale and the labels only, so its key is the map files' key.
 */
final class MapPage {

    private static final Pattern NAME = Pattern.compile("<svg\\b[^>]*?\\saria-label=\"([^\"]*)\"");
    private static final Pattern NATURAL_WIDTH = Pattern.compile("<svg\\b[^>]*?max-width:(\\d{1,5})px");

    private MapPage() {
    }

    /** The page's site path: the map's files' path with {@code .html}. */
    static String sitePath(RenderedMap map) {
        return map.sitePathWithoutExtension() + ".html";
    }

    static String html(RenderedMap map, Locale locale, Labels labels) {
        String svg = map.inMapsFolder();
        String root = map.rootFromMapsFolder();
        String file = map.sitePathWithoutExtension().substring(map.sitePathWithoutExtension().lastIndexOf('/') + 1);
        Matcher name = NAME.matcher(svg);
        // the label is already escaped for an attribute, which is valid text too
        String heading = name.find() && !name.group(1).isBlank() ? name.group(1) : Xml.text(labels.get("home.map"));
        Matcher natural = NATURAL_WIDTH.matcher(svg);
        String width = natural.find() ? " style=\"--map-width:" + natural.group(1) + "px\"" : "";
        return "<!DOCTYPE html>\n"
                + "<html lang=\"" + locale.toLanguageTag() + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + heading + " – " + Xml.text(labels.get("home.map")) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + root + "assets/site.css\">\n"
                + "<link rel=\"icon\" href=\"" + root + "assets/favicon.svg\" type=\"image/svg+xml\">\n"
                + "</head>\n"
                + "<body class=\"kind-map\">\n"
                + "<main id=\"main\" class=\"map-page\">\n"
                + "<h1>" + heading + "</h1>\n"
                + "<p class=\"meta\"><a href=\"../index.html\">" + Xml.text(labels.get("nav.home")) + "</a> · <a href=\""
                + file + ".svg\" download>SVG</a> · <a href=\"" + file + ".dot\" download>DOT</a></p>\n"
                + "<div class=\"map-full\" tabindex=\"0\"" + width + ">" + svg + "</div>\n"
                + "</main>\n"
                + "</body>\n"
                + "</html>\n";
    }
}
