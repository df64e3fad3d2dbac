package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;
import dev.bscportal.core.text.UrlPolicy;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns (BSC112) about link and image targets in a Markdown text that the portal will drop, so the writer learns
 * of it before a reader misses the link: inline {@code [text](target)} and {@code ![alt](target)}, reference
 * definitions {@code [label]: target} and autolinks {@code <scheme:...>} whose target
 * {@link UrlPolicy} refuses. A line-by-line scan, not a Markdown parse: a target inside a code span is warned
 * about too, and one spread over several lines is not; the renderer decides on the parsed text either way.
 */
final class MarkdownLinks {

    private static final Pattern INLINE = Pattern.compile("\\]\\(\\s*(<[^>\\n]*>|[^\\s)]+)");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>\\n]*>|\\S+)");
    private static final Pattern AUTOLINK = Pattern.compile("<([A-Za-z][A-Za-z0-9+.\\-]{1,31}:[^<>\\s]*)>");
    private static final int SHOWN = 60;

    private MarkdownLinks() {
    }

    static void warnAboutDroppedLinks(String text, String file, int firstLine, boolean linesAreFileLines, Consumer<Problem> report) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String refused = firstRefused(lines[i]);
            if (refused != null) {
                String shown = refused.length() > SHOWN ? refused.substring(0, SHOWN) + "..." : refused;
                report.accept(Problem.of(ProblemCode.LINK_DROPPED, SourcePosition.of(file, linesAreFileLines ? firstLine + i : firstLine),
                        "The link target '" + shown + "' is not kept: only relative links and http, https and mailto"
                                + " ones are; the portal shows the link's text without the link."));
                if (!linesAreFileLines) {
                    return;
                }
            }
        }
    }

    private static String firstRefused(String line) {
        for (Pattern p : new Pattern[] {INLINE, DEFINITION, AUTOLINK}) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("<") && target.endsWith(">")) {
                    target = target.substring(1, target.length() - 1);
                }
                if (!UrlPolicy.allows(target.replace("\\", ""))) {
                    return target;
                }
            }
        }
        return null;
    }
}
