package dev.bscportal.core.text;

/**
 * HTML character references decoded as a browser does in an attribute value: every named reference of HTML
 * (jsoup's full table, e.g. {@code &colon;} {@code &Tab;} {@code &NewLine;}), numeric ones in decimal and hex,
 * with or without the closing semicolon.
 */
final class HtmlEntities {

    private HtmlEntities() {
    }

    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return org.jsoup.parser.Parser.unescapeEntities(s, false);
    }
}
