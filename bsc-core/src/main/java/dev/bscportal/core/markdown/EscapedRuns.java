package dev.bscportal.core.markdown;

/**
 * What three of flexmark's inline patterns match, found in linear time. The link label
 * ({@code [^\\\[\]] | \\escapable | \\}), the destination in angle brackets and the link title each let a
 * backslash be read either as the start of an escape or as a character of its own, so on a run of backslashes
 * that is never closed the regex engine tries every way of reading the run: {@code [} followed by 100
 * backslashes never finished (found by the Markdown fuzz target). Here each position is decided once, in the
 * order the regex tries its alternatives (an escape before a lone backslash, continuing before closing), so
 * the match is the one the pattern gives, found in one pass over the text up to the first character that
 * ends it. A label longer than 999 characters is no label (CommonMark's limit; the pattern counts 999 pieces).
 */
final class EscapedRuns {

    /** Which pattern: its opening and closing character, and the characters that end it unmatched. */
    enum Kind {
        LINK_LABEL('[', ']', "[", 999),
        DESTINATION_IN_ANGLES('<', '>', "< \t\n\u0000", Integer.MAX_VALUE),
        TITLE_QUOTED('"', '"', "\u0000", Integer.MAX_VALUE),
        TITLE_APOSTROPHES('\'', '\'', "\u0000", Integer.MAX_VALUE),
        TITLE_PARENTHESES('(', ')', "\u0000", Integer.MAX_VALUE);

        final char open;
        final char close;
        final String stops;
        final int maxInside;

        Kind(char open, char close, String stops, int maxInside) {
            this.open = open;
            this.close = close;
            this.stops = stops;
            this.maxInside = maxInside;
        }
    }

    private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[]\\^_`{|}~-";
    private static final int FAIL = -1;

    private EscapedRuns() {
    }

    /** The end (exclusive) of the match starting at {@code start}, or -1 when the pattern does not match there. */
    static int end(Kind kind, CharSequence s, int start) {
        if (start >= s.length() || s.charAt(start) != kind.open) {
            return FAIL;
        }
        int first = start + 1;
        int limit = (int) Math.min(s.length(), (long) first + kind.maxInside + 1);
        // the window: up to the first character no reading can step over (or the limit)
        int end = limit;
        for (int q = first; q < limit; q++) {
            char c = s.charAt(q);
            boolean stop = c == kind.close || kind.stops.indexOf(c) >= 0;
            boolean escaped = q > first && s.charAt(q - 1) == '\\' && ESCAPABLE.indexOf(c) >= 0;
            if (stop && !escaped) {
                end = q + 1;
                break;
            }
        }
        // close[p - first]: where the pattern, reading on from p, closes (or FAIL)
        int[] close = new int[end - first + 2];
        close[end - first] = FAIL;
        close[end - first + 1] = FAIL;
        for (int p = end - 1; p >= first; p--) {
            char c = s.charAt(p);
            int result;
            if (c == kind.close) {
                result = p;
            } else if (kind.stops.indexOf(c) >= 0) {
                result = FAIL;
            } else if (c == '\\' && p + 1 < end && ESCAPABLE.indexOf(s.charAt(p + 1)) >= 0 && close[p + 2 - first] != FAIL) {
                result = close[p + 2 - first];
            } else {
                result = close[p + 1 - first];
            }
            close[p - first] = result;
        }
        int at = close[0];
        return at == FAIL ? FAIL : at + 1;
    }
}
