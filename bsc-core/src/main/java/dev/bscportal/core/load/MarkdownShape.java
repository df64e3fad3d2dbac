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
 *   emphasis openers at most {@link #MAX_DEPTH} deep in a paragraph (BSC022 at the first line that goes deeper;
 *   flexmark overflows a 1 MB stack at about 1,000 nested block quotes or list items, 2,000 nested {@code **});</li>
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
        int brackets = 0;
        int emphasis = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String content = text.substring(start, end);
            int at = linesAreFileLines ? firstLine + line : firstLine;
            if (content.isBlank()) {
                blockStart = -1;
                blockChars = 0;
                brackets = 0;
                emphasis = 0;
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
                    ok = false;
                }
                if (!depthReported) {
                    int containers = containerDepth(content);
                    Brackets lineBrackets = brackets(content, brackets);
                    int deepestBracket = lineBrackets.deepest();
                    brackets = lineBrackets.after();
                    int deepestEmphasis = deepestEmphasis(content, emphasis);
                    emphasis = emphasisAfter(content, emphasis);
                    if (containers > MAX_DEPTH || deepestBracket > MAX_DEPTH || deepestEmphasis > MAX_DEPTH) {
                        String what = containers > MAX_DEPTH ? "block quotes and lists are nested " + containers
                                : deepestBracket > MAX_DEPTH ? "square brackets are nested over " + MAX_DEPTH
                                : "emphasis (* or _) is opened over " + MAX_DEPTH + " times without closing, nested";
                        report.accept(Problem.of(ProblemCode.MARKDOWN_TOO_DEEP, SourcePosition.of(file, at),
                                "Here " + what + " levels deep; at most " + MAX_DEPTH + " levels are rendered."));
                        depthReported = true;
                        ok = false;
                    }
                }
            }
            line++;
            start = end + 1;
        }
        if (ok) {
            MarkdownLinks.warnAboutDroppedLinks(text, file, firstLine, linesAreFileLines, report);
        }
        return ok;
    }

    /** Block quote markers and list markers at the start of the line, plus half the indentation before the last list marker. */
    static int containerDepth(String line) {
        int depth = 0;
        int indent = 0;
        int listIndent = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ') {
                indent++;
                i++;
            } else if (c == '\t') {
                indent += 4 - indent % 4;
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else {
                int marker = listMarkerEnd(line, i);
                if (marker < 0) {
                    break;
                }
                depth++;
                listIndent = indent;
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

    /** Square-bracket nesting on one line: the deepest reached, and how many stay open after it. */
    record Brackets(int deepest, int after) {
    }

    /** Scans a line once, starting from {@code depth} open brackets: unescaped '[' opens, ']' closes. */
    static Brackets brackets(String line, int depth) {
        int max = depth;
        int d = depth;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                max = Math.max(max, ++d);
            } else if (c == ']' && d > 0) {
                d--;
            }
        }
        return new Brackets(max, d);
    }

    /** The deepest emphasis nesting reached on this line: runs of * or _ that can only open count up, runs that can only close down. */
    static int deepestEmphasis(String line, int depth) {
        return emphasis(line, depth, true);
    }

    /** Emphasis openers still open after this line. */
    static int emphasisAfter(String line, int depth) {
        return emphasis(line, depth, false);
    }

    private static int emphasis(String line, int depth, boolean deepest) {
        int d = depth;
        int max = depth;
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c != '*' && c != '_') {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < n && line.charAt(runEnd) == c) {
                runEnd++;
            }
            boolean spaceBefore = i == 0 || Character.isWhitespace(line.charAt(i - 1));
            boolean spaceAfter = runEnd == n || Character.isWhitespace(line.charAt(runEnd));
            if (spaceBefore && !spaceAfter) {
                max = Math.max(max, ++d);
            } else if (!spaceBefore && spaceAfter && d > 0) {
                d--;
            }
            i = runEnd;
        }
        return deepest ? max : d;
    }
}
