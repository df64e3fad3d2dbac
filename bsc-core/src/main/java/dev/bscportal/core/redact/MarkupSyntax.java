package dev.bscportal.core.redact;

import java.util.Locale;

/**
 * Reading markup as written, without a parser that would re-write it: where a tag ends (quotes respected), a tag's
 * name, where a closing tag starts; percent-decoding of addresses and escaping of replaced text.
 */
final class MarkupSyntax {

    private MarkupSyntax() {
    }

    static String percentDecoded(String value) {
        if (value.indexOf('%') < 0 && value.indexOf('+') < 0) {
            return value;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        byte[] in = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int k = 0; k < in.length; k++) {
            if (in[k] == '%' && k + 2 < in.length && Character.digit(in[k + 1], 16) >= 0 && Character.digit(in[k + 2], 16) >= 0) {
                bytes.write(Character.digit(in[k + 1], 16) * 16 + Character.digit(in[k + 2], 16));
                k += 2;
            } else {
                bytes.write(in[k] == '+' ? ' ' : in[k]);
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Where {@code </name} starts at or after {@code from}, in any case; the end when it never does. */
    static int closingTag(String markup, int from, String name) {
        for (int k = markup.indexOf("</", from); k >= 0; k = markup.indexOf("</", k + 2)) {
            if (markup.regionMatches(true, k + 2, name, 0, name.length())) {
                return k;
            }
        }
        return markup.length();
    }

    static int tagEnd(String markup, int start) {
        char quote = 0;
        for (int k = start + 1; k < markup.length(); k++) {
            char c = markup.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k + 1;
            }
        }
        return markup.length();
    }

    static String tagName(String tag) {
        int k = tag.startsWith("</") ? 2 : 1;
        int s = k;
        while (k < tag.length() && (Character.isLetterOrDigit(tag.charAt(k)) || tag.charAt(k) == '-' || tag.charAt(k) == ':')) {
            k++;
        }
        return tag.substring(s, k).toLowerCase(Locale.ROOT);
    }

    static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
