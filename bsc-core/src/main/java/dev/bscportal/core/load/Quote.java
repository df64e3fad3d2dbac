package dev.bscportal.core.load;

/** Text from a strategy file shown in a message: control characters replaced, at most 60 characters, quoted. */
final class Quote {

    private static final int MAX = 60;

    private Quote() {
    }

    static String of(String text) {
        return "'" + clean(text) + "'";
    }

    /** The text with control characters and line separators as {@code ?}, cut to 60 characters. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder();
        text.codePoints().limit(MAX + 1L).forEach(cp -> safe.appendCodePoint(Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 ? '?' : cp));
        String result = safe.toString();
        return result.codePointCount(0, result.length()) > MAX ? result.substring(0, result.offsetByCodePoints(0, MAX)) + "..." : result;
    }
}
