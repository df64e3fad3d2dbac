package dev.bscportal.core.maps;

import dev.bscportal.core.text.Xml;

/**
 * Escaping for the two kinds of DOT strings we write: quoted strings and HTML-like labels. Graphviz expands escape
 * sequences ({@code \N} node name, {@code \G} graph name, {@code \E}, {@code \T}, {@code \H}, {@code \L}, and
 * {@code \n}, {@code \l}, {@code \r} line breaks) in both, also after decoding {@code &#92;}: every backslash of
 * a text is therefore doubled, which both label kinds turn back into one backslash. Tooltips are not written as
 * text at all (Graphviz reads a doubled backslash there differently): a node's tooltip is its id, replaced by the
 * text in {@link MapSvg#clean}.
 */
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

    /** For text inside an HTML-like label {@code <...>}: XML entities, backslashes doubled, control characters dropped. */
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
