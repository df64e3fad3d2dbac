package dev.bscportal.core.render.map;

import dev.bscportal.core.text.Xml;

/** Escaping for the two kinds of DOT strings we write: quoted strings and HTML-like labels. */
final class Dot {

    private Dot() {
    }

    /** For "..." strings: backslashes and quotes escaped, line breaks removed, so no name ends the string. */
    static String quoted(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> {
                    if (c >= 0x20) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** For text inside an HTML-like label {@code <...>}: XML entities, control characters dropped. */
    static String html(String text) {
        return Xml.graphvizLabel(text);
    }

    /** Breaks a name into lines of about {@code width} characters for a box label (HTML-label form). */
    static String wrapped(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.trim().split("\\s+")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append("<br/>");
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(html(word));
            lineLength += word.length();
        }
        return out.toString();
    }
}
