package dev.bscportal.core.text;

/**
 * The one XML/HTML escaping of the engine, for text written into SVG, sitemap.xml and Graphviz labels. Every form
 * escapes {@code & < >}, keeps surrogate pairs, and drops what XML 1.0 cannot carry (controls, lone surrogates,
 * U+FFFE/U+FFFF), so no strategy text can end an element, open one or make the document unreadable.
 */
public final class Xml {

    private enum Form {
        /** Element content: quotes stay as written, line breaks and tabs are kept. */
        TEXT,
        /** An attribute value, double or single quoted: both quotes escaped, line breaks and tabs become spaces. */
        ATTRIBUTE,
        /** A Graphviz HTML-like label: quotes and square brackets as numeric references, a line break becomes a space. */
        GRAPHVIZ_LABEL
    }

    private Xml() {
    }

    /** Element content; {@code null} gives the empty string. */
    public static String text(String raw) {
        return escape(raw, Form.TEXT);
    }

    /** An attribute value; {@code null} gives the empty string. */
    public static String attribute(String raw) {
        return escape(raw, Form.ATTRIBUTE);
    }

    /** Text inside a Graphviz HTML-like label ({@code <...>} in DOT), where brackets and quotes must not appear raw and a backslash is doubled (Graphviz expands escape sequences such as {@code \\N} there). */
    public static String graphvizLabel(String raw) {
        return escape(raw, Form.GRAPHVIZ_LABEL);
    }

    private static String escape(String raw, Form form) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\\' -> out.append(form == Form.GRAPHVIZ_LABEL ? "\\\\" : "\\");
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(form == Form.TEXT ? "\"" : "&quot;");
                case '\'' -> out.append(form == Form.TEXT ? "'" : form == Form.ATTRIBUTE ? "&apos;" : "&#39;");
                case '[' -> out.append(form == Form.GRAPHVIZ_LABEL ? "&#91;" : "[");
                case ']' -> out.append(form == Form.GRAPHVIZ_LABEL ? "&#93;" : "]");
                case '\n' -> out.append(form == Form.TEXT ? "\n" : " ");
                case '\t', '\r' -> {
                    if (form != Form.GRAPHVIZ_LABEL) {
                        out.append(form == Form.TEXT ? c : ' ');
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                        out.append(c).append(raw.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isXmlChar(char c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
