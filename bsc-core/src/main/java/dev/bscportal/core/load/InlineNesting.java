package dev.bscportal.core.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How deeply the inline spans of one paragraph really nest: emphasis ({@code *}, {@code _}) and square brackets
 * that open and later close. An opener that never closes is literal text to the Markdown parser, not nesting, so
 * 2,000 {@code *a } or {@code [a } in a row are flat (depth 0) while {@code **a **b c** d**} is 2 deep. Openers are
 * paired like the parser pairs them: a closer takes the nearest open span of its kind, and the openers above that
 * span are left unclosed. Fed line by line; one instance per paragraph ({@link #reset()} at a blank line).
 */
final class InlineNesting {

    private static final char BRACKET = '[';

    /** Open spans: kind, offset in the paragraph and line number, as parallel stacks. */
    private char[] kinds = new char[16];
    private int[] offsets = new int[16];
    private int[] lines = new int[16];
    private int size;
    /** How many open spans of each kind ('*', '_', '[') the stack holds, so a closer without one costs nothing. */
    private int openStars;
    private int openUnderscores;
    private int openBrackets;
    /** Closed spans: (open offset, open line) and close offset, packed as long events for one sweep. */
    private final List<long[]> spans = new ArrayList<>();
    private int offset;

    void reset() {
        size = 0;
        openStars = 0;
        openUnderscores = 0;
        openBrackets = 0;
        spans.clear();
        offset = 0;
    }

    /** Scans the next line of the paragraph, numbered {@code lineNumber} for reporting. */
    void line(String content, int lineNumber) {
        int n = content.length();
        int i = 0;
        while (i < n) {
            char c = content.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[') {
                push(BRACKET, offset + i, lineNumber);
                i++;
            } else if (c == ']') {
                close(BRACKET, offset + i);
                i++;
            } else if (c == '*' || c == '_') {
                int runEnd = i;
                while (runEnd < n && content.charAt(runEnd) == c) {
                    runEnd++;
                }
                boolean spaceBefore = i == 0 || Character.isWhitespace(content.charAt(i - 1));
                boolean spaceAfter = runEnd == n || Character.isWhitespace(content.charAt(runEnd));
                boolean punctuationBefore = i > 0 && isPunctuation(content.charAt(i - 1));
                boolean punctuationAfter = runEnd < n && isPunctuation(content.charAt(runEnd));
                boolean canOpen = !spaceAfter && (spaceBefore || punctuationBefore || !punctuationAfter);
                boolean canClose = !spaceBefore && (spaceAfter || punctuationAfter || !punctuationBefore);
                boolean intraword = !spaceBefore && !spaceAfter && !punctuationBefore && !punctuationAfter;
                if (!intraword) {
                    if (canClose && open(c) > 0) {
                        close(c, offset + i);
                    } else if (canOpen) {
                        push(c, offset + i, lineNumber);
                    }
                }
                i = runEnd;
            } else {
                i++;
            }
        }
        offset += n + 1;
    }

    /**
     * The line at which closed spans first nest deeper than {@code max} (the line of the span that goes one level
     * too deep), or -1 when they never do.
     */
    int lineDeeperThan(int max) {
        // two events per closed span: +1 at its opener, -1 at its closer; spans pair like brackets, so a sweep in
        // offset order gives the depth at every point
        long[][] events = new long[spans.size() * 2][];
        int e = 0;
        for (long[] span : spans) {
            events[e++] = new long[] {span[0], +1, span[1]};
            events[e++] = new long[] {span[2], -1, 0};
        }
        Arrays.sort(events, (a, b) -> Long.compare(a[0], b[0]));
        int depth = 0;
        for (long[] event : events) {
            depth += (int) event[1];
            if (depth > max) {
                return (int) event[2];
            }
        }
        return -1;
    }

    private int open(char kind) {
        return kind == '*' ? openStars : kind == '_' ? openUnderscores : openBrackets;
    }

    private void count(char kind, int delta) {
        if (kind == '*') {
            openStars += delta;
        } else if (kind == '_') {
            openUnderscores += delta;
        } else {
            openBrackets += delta;
        }
    }

    private void push(char kind, int at, int line) {
        if (size == kinds.length) {
            kinds = Arrays.copyOf(kinds, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        kinds[size] = kind;
        offsets[size] = at;
        lines[size] = line;
        size++;
        count(kind, +1);
    }

    /** Closes the nearest open span of {@code kind}; the openers above it stay unclosed (literal text). */
    private void close(char kind, int at) {
        if (open(kind) == 0) {
            return;
        }
        while (size > 0) {
            size--;
            count(kinds[size], -1);
            if (kinds[size] == kind) {
                spans.add(new long[] {offsets[size], lines[size], at});
                return;
            }
        }
    }

    private static boolean isPunctuation(char c) {
        return c < 128 ? "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0
                : Character.getType(c) == Character.OTHER_PUNCTUATION || Character.getType(c) == Character.START_PUNCTUATION
                        || Character.getType(c) == Character.END_PUNCTUATION;
    }
}
