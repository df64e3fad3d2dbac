package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.util.function.Consumer;

/**
 * Bounds on the shape of a Markdown text, checked before anything parses it, so a hostile text can neither
 * overflow the Markdown parser's stack nor keep it busy for minutes:
 * <ul>
 *   <li>block quotes and list items nested at most {@link #MAX_DEPTH} deep on a line, square brackets and
 *   emphasis that open and close at most {@link #MAX_DEPTH} inside each other in a paragraph (BSC022 at the first
 *   line that goes deeper; flexmark overflows a 1 MB stack at about 1,000 nested block quotes or list items, 2,000
 *   nested {@code **}). Openers that never close are literal text, not nesting, so long flat text such as 2,000
 *   {@code *a } passes ({@link InlineNesting});</li>
 *   <li>at most {@link #MAX_BLOCK_CHARS} characters in one block of consecutive non-blank lines (a paragraph, a
 *   table, a run of reference definitions) and {@link #MAX_TEXT_CHARS} in the whole text (BSC023): flexmark
 *   still spends time quadratic in a block's length on some inputs (unclosed {@code [a](}, long tables, runs of
 *   reference definitions), so bounding the block bounds the time: the worst input found, 128 KiB of
 *   {@code [a](} in 8 KiB blocks, takes 4.2 s; 128 KiB of reference definitions 0.9 s.</li>
 * </ul>
 * A text within the bounds is then scanned for link targets the portal drops ({@link MarkdownLinks}, BSC112).
 * The position of a problem is the offending line when the text's lines are the file's lines (a Markdown body),
 * or the field's line for a text inside YAML.
 */
public final class MarkdownShape {

    /** Deepest nesting of block quotes and list items on one line, and of brackets in one paragraph. */
    public static final int MAX_DEPTH = 32;
    /** Largest block of consecutive non-blank lines. */
    public static final int MAX_BLOCK_CHARS = 8 * 1024;
    /** Largest Markdown text. */
    public static final int MAX_TEXT_CHARS = 128 * 1024;

    private MarkdownShape() {
    }

    /**
     * Checks {@code text}, whose first line is line {@code firstLine} of {@code file}; reports at most one problem
     * of each code. {@code linesAreFileLines} false: every problem is reported at {@code firstLine}. True when
     * the text is fine.
     */
    public static boolean check(String text, String file, int firstLine, boolean linesAreFileLines, Consumer<Problem> report) {
        if (text == null || text.isEmpty()) {
            return true;
        }
        boolean ok = true;
        if (text.length() > MAX_TEXT_CHARS) {
            report.accept(Problem.of(ProblemCode.MARKDOWN_TOO_LARGE, SourcePosition.of(file, firstLine),
                    "The Markdown text has " + text.length() / 1024 + " KiB; at most " + MAX_TEXT_CHARS / 1024 + " KiB is rendered."));
            ok = false;
        }
        boolean depthReported = false;
        boolean blockReported = false;
        int line = 0;
        int blockStart = -1;
        int blockChars = 0;
        InlineNesting inline = new InlineNesting();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String content = text.substring(start, end);
            int at = linesAreFileLines ? firstLine + line : firstLine;
            if (content.isBlank()) {
                depthReported |= inlineTooDeep(inline, depthReported, file, linesAreFileLines, firstLine, report);
                blockStart = -1;
                blockChars = 0;
            } else {
                if (blockStart < 0) {
                    blockStart = at;
                }
                blockChars += content.length() + 1;
                if (!blockReported && blockChars > MAX_BLOCK_CHARS) {
                    report.accept(Problem.of(ProblemCode.MARKDOWN_TOO_LARGE, SourcePosition.of(file, blockStart),
                            "The paragraph (or table, or list of definitions) that starts here has over "
                                    + MAX_BLOCK_CHARS / 1024 + " KiB without a blank line.",
                            "Split it with blank lines into paragraphs of at most " + MAX_BLOCK_CHARS / 1024
                                    + " KiB, or move the bulk into a linked document."));
                    blockReported = true;
                }
                if (!depthReported) {
                    int containers = containerDepth(content);
                    if (containers > MAX_DEPTH) {
                        report.accept(Problem.of(ProblemCode.MARKDOWN_TOO_DEEP, SourcePosition.of(file, at),
                                "Here block quotes and lists are nested " + containers + " levels deep; at most "
                                        + MAX_DEPTH + " levels are rendered."));
                        depthReported = true;
                    } else {
                        inline.line(content, at);
                    }
                }
            }
            line++;
            start = end + 1;
        }
        depthReported |= inlineTooDeep(inline, depthReported, file, linesAreFileLines, firstLine, report);
        ok &= !depthReported && !blockReported;
        if (ok) {
            MarkdownLinks.warnAboutDroppedLinks(text, file, firstLine, linesAreFileLines, report);
        }
        return ok;
    }

    /**
     * Block quote markers and list markers at the start of the line, plus half the indentation right before the
     * last list marker (indentation nests a list under an item of an earlier line; the space after a marker on the
     * same line does not). Tabs advance to the next multiple of four columns.
     */
    static int containerDepth(String line) {
        int depth = 0;
        int column = 0;
        int indent = 0;
        int listIndent = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                int width = c == ' ' ? 1 : 4 - column % 4;
                column += width;
                indent += width;
                i++;
            } else if (c == '>') {
                depth++;
                column++;
                indent = 0;
                i++;
            } else {
                int marker = listMarkerEnd(line, i);
                if (marker < 0) {
                    break;
                }
                depth++;
                listIndent = indent;
                column += marker - i;
                indent = 0;
                i = marker;
            }
        }
        return depth + listIndent / 2;
    }

    /** The index after a list marker ({@code -}, {@code +}, {@code *}, or up to 9 digits and {@code .} or {@code )}) followed by a space, tab or the line's end; -1 if none. */
    private static int listMarkerEnd(String line, int i) {
        int n = line.length();
        char c = line.charAt(i);
        int after;
        if (c == '-' || c == '+' || c == '*') {
            after = i + 1;
        } else {
            int j = i;
            while (j < n && j - i < 9 && Character.isDigit(line.charAt(j)) && line.charAt(j) < 128) {
                j++;
            }
            if (j == i || j >= n || (line.charAt(j) != '.' && line.charAt(j) != ')')) {
                return -1;
            }
            after = j + 1;
        }
        return after == n || line.charAt(after) == ' ' || line.charAt(after) == '\t' ? after : -1;
    }

    /**
     * Reports BSC022 when the paragraph just ended nests closed emphasis or brackets deeper than the bound (unless
     * a depth problem was reported already), and starts the next paragraph. True when it reported.
     */
    private static boolean inlineTooDeep(InlineNesting inline, boolean alreadyReported, String file,
            boolean linesAreFileLines, int firstLine, Consumer<Problem> report) {
        int deep = alreadyReported ? -1 : inline.lineDeeperThan(MAX_DEPTH);
        inline.reset();
        if (deep < 0) {
            return false;
        }
        report.accept(Problem.of(ProblemCode.MARKDOWN_TOO_DEEP, SourcePosition.of(file, linesAreFileLines ? deep : firstLine),
                "Here emphasis (* or _) or square brackets that open and close are nested over " + MAX_DEPTH
                        + " levels deep; at most " + MAX_DEPTH + " levels are rendered."));
        return true;
    }
}
