package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what in a YAML text made SnakeYAML throw a bare exception instead of a YAML error, and reports it at its
 * line. SnakeYAML decodes a tag's %-escapes and a double-quoted scalar's hexadecimal escapes with Integer.parseInt,
 * and lets a short, non-hexadecimal or too large one out as a NumberFormatException (all found by fuzzing).
 */
final class YamlLibraryFailures {

    /** A tag token ({@code !name}, {@code !!name}, {@code !<uri>}) with a %-escape in it, where a node may start. */
    private static final Pattern TAG_WITH_ESCAPE = Pattern.compile("(?:^|[\\s\\[{,:?-])(![^\\s]*%\\S*)");
    /** A double-quoted scalar's {@code \UXXXXXXXX} escape, after an even number of backslashes. */
    private static final Pattern LONG_ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\U([0-9A-Fa-f]{8})");
    /** An escape (backslash and x, u or U) with the text's end where its hexadecimal digits should be. */
    private static final Pattern ESCAPE_AT_END = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\([xuU])\\z");

    private YamlLibraryFailures() {
    }

    /** Reports the first cause found, a broken tag or escape; false when the text shows none. */
    static boolean explained(String text, String file, int lineOffset, Consumer<Problem> report) {
        return brokenTag(text, file, lineOffset, report) || escapeBeyondUnicode(text, file, lineOffset, report)
                || escapeAtEnd(text, file, lineOffset, report);
    }

    /** Reports the first tag with a %-escape as a refused tag at its line; false when there is none. */
    static boolean brokenTag(String text, String file, int lineOffset, Consumer<Problem> report) {
        return first(text, TAG_WITH_ESCAPE, m -> true).map(found -> {
            String tag = found.match().group(1);
            tag = tag.length() > 40 ? tag.substring(0, 40) + "..." : tag;
            report.accept(Problem.of(ProblemCode.UNSAFE_YAML, SourcePosition.of(file, found.line() + lineOffset),
                    "The tag '" + tag + "' is not allowed (and its %-escape is not two hexadecimal digits).",
                    "Remove the tag: strategy files use plain values. If the text is meant literally, put it in quotes."));
            return true;
        }).orElse(false);
    }

    private static boolean escapeBeyondUnicode(String text, String file, int lineOffset, Consumer<Problem> report) {
        return first(text, LONG_ESCAPE, m -> Long.parseLong(m.group(1), 16) > Character.MAX_CODE_POINT).map(found -> {
            String hex = found.match().group(1);
            report.accept(Problem.of(ProblemCode.MALFORMED_YAML, SourcePosition.of(file, found.line() + lineOffset),
                    "YAML: the escape '\\U" + hex + "' is not a Unicode character (the largest is \\U0010FFFF).",
                    "Write the character itself, or an escape up to \\U0010FFFF; for a literal backslash, use single quotes."));
            return true;
        }).orElse(false);
    }

    private static boolean escapeAtEnd(String text, String file, int lineOffset, Consumer<Problem> report) {
        Matcher end = ESCAPE_AT_END.matcher(text);
        if (!end.find()) {
            return false;
        }
        int lastLine = text.split("\n", -1).length;
        report.accept(Problem.of(ProblemCode.MALFORMED_YAML, SourcePosition.of(file, lastLine + lineOffset),
                "YAML: the file ends inside the escape '\\" + end.group(1) + "', before its hexadecimal digits.",
                "Complete the escape and close the quoted text, or, for a literal backslash, use single quotes."));
        return true;
    }

    /** A match and its line, counted from 1. */
    private record Found(int line, Matcher match) {
    }

    /** The first match of {@code pattern} on a line of {@code text} that {@code accepted} takes. */
    private static Optional<Found> first(String text, Pattern pattern, Predicate<Matcher> accepted) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = pattern.matcher(lines[i]);
            while (m.find()) {
                if (accepted.test(m)) {
                    return Optional.of(new Found(i + 1, m));
                }
            }
        }
        return Optional.empty();
    }
}
