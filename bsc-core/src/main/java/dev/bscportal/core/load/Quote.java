package dev.bscportal.core.load;

import dev.bscportal.core.text.TextCharacters;

/**
 * Text from a strategy file shown in a message: at most 60 characters, quoted, every character a message must not
 * carry ({@link TextCharacters#unsafeInLine}: terminal escapes, bidi controls, line breaks, lone surrogate halves)
 * written as {@code <U+XXXX>}.
 */
final class Quote {

    private static final int MAX = 60;

    private Quote() {
    }

    static String of(String text) {
        return "'" + clean(text) + "'";
    }

    /** The text cut to its first 60 characters (a pair of surrogates counting as one), unsafe ones as {@code <U+XXXX>}. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        int cut = 0;
        for (int n = 0; n < MAX && cut < text.length(); n++) {
            cut += Character.charCount(text.codePointAt(cut));
        }
        String shown = TextCharacters.escapedInLine(text.substring(0, cut));
        return cut < text.length() ? shown + "..." : shown;
    }
}
