package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;
import dev.bscportal.core.render.link.UrlPolicy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns about link and image targets in a Markdown text that the portal will not keep as written, so the writer
 * learns of it before a reader misses them: a target {@link UrlPolicy} refuses is dropped (BSC112), an image from
 * another site is shown as a link (BSC117, {@link UrlPolicy#allowsImage}). Looked at: inline {@code [text](target)}
 * and {@code ![alt](target)} (the target read like the parser reads it, with balanced parentheses and escapes, so
 * {@code javascript:alert(1)} is quoted whole), reference definitions {@code [label]: target} and the images that use
 * them, autolinks {@code <scheme:...>}, and raw HTML {@code <a href>} and {@code <img src>} (kept with
 * {@code allowRawHtml}, where such a target is dropped too). A line-by-line scan, not a Markdown parse: a target
 * inside a code span is warned about too, and one spread over several lines is not; the renderer decides on the
 * parsed text either way.
 */
final class MarkdownLinks {

    private static final Pattern INLINE_START = Pattern.compile("\\]\\(");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[([^\\]]+)\\]:\\s*(<[^>\\n]*>|\\S+)");
    private static final Pattern AUTOLINK = Pattern.compile("<([A-Za-z][A-Za-z0-9+.\\-]{1,31}:[^<>\\s]*)>");
    private static final Pattern IMAGE_REFERENCE = Pattern.compile("!\\[([^\\]]*)\\](?:\\[([^\\]]*)\\])?");
    private static final Pattern RAW_ATTRIBUTE = Pattern.compile(
            "<(a|img)\\b[^>]*?\\s(href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))", Pattern.CASE_INSENSITIVE);
    /** Longest target quoted in a message; a longer one is cut there with its length said. */
    private static final int SHOWN = 200;

    private MarkdownLinks() {
    }

    static void warnAboutDroppedLinks(String text, String file, int firstLine, boolean linesAreFileLines, Consumer<Problem> report) {
        String[] lines = text.split("\n", -1);
        Map<String, String> definitions = new HashMap<>();
        for (String line : lines) {
            Matcher d = DEFINITION.matcher(line);
            if (d.find()) {
                definitions.putIfAbsent(label(d.group(1)), unbracket(d.group(2)));
            }
        }
        boolean dropped = false;
        boolean external = false;
        for (int i = 0; i < lines.length; i++) {
            SourcePosition at = SourcePosition.of(file, linesAreFileLines ? firstLine + i : firstLine);
            // at most one of each code per line; for a text inside YAML (every line is the field's line) one in all
            boolean reportDropped = linesAreFileLines || !dropped;
            boolean reportExternal = linesAreFileLines || !external;
            for (Target t : targets(lines[i], definitions)) {
                String url = t.url().replace("\\", "");
                if (!UrlPolicy.allows(url)) {
                    if (reportDropped) {
                        report.accept(Problem.of(ProblemCode.LINK_DROPPED, at, "The " + t.kind() + " target '" + shown(t.url())
                                + "' is not kept: only relative links and http, https and mailto ones are; the portal shows the "
                                + (t.image() ? "image's alt" : "link's") + " text without the link."));
                        reportDropped = false;
                        dropped = true;
                    }
                } else if (t.image() && !UrlPolicy.allowsImage(url) && reportExternal) {
                    report.accept(Problem.of(ProblemCode.EXTERNAL_IMAGE, at, "The image '" + shown(t.url())
                            + "' is on another site; the portal makes no request to another site, so it shows a link to"
                            + " the image with its alt text instead."));
                    reportExternal = false;
                    external = true;
                }
            }
        }
    }

    /** A target on a line: its URL as written, whether it is an image's, and what it is for the message. */
    record Target(String url, boolean image, String kind) {
    }

    static List<Target> targets(String line, Map<String, String> definitions) {
        List<Target> found = new ArrayList<>();
        Matcher inline = INLINE_START.matcher(line);
        while (inline.find()) {
            String url = destination(line, inline.end());
            if (url != null) {
                boolean image = opensImage(line, inline.start());
                found.add(new Target(url, image, image ? "image" : "link"));
            }
        }
        Matcher definition = DEFINITION.matcher(line);
        if (definition.find()) {
            found.add(new Target(unbracket(definition.group(2)), false, "link"));
        }
        Matcher reference = IMAGE_REFERENCE.matcher(line);
        while (reference.find()) {
            if (reference.end() < line.length() && line.charAt(reference.end()) == '(') {
                continue; // an inline image, read above
            }
            String label = reference.group(2) == null || reference.group(2).isEmpty() ? reference.group(1) : reference.group(2);
            String url = definitions.get(label(label));
            if (url != null) {
                found.add(new Target(url, true, "image"));
            }
        }
        Matcher auto = AUTOLINK.matcher(line);
        while (auto.find()) {
            found.add(new Target(auto.group(1), false, "link"));
        }
        Matcher raw = RAW_ATTRIBUTE.matcher(line);
        while (raw.find()) {
            String url = raw.group(3) != null ? raw.group(3) : raw.group(4) != null ? raw.group(4) : raw.group(5);
            boolean image = raw.group(1).equalsIgnoreCase("img");
            found.add(new Target(url, image, image ? "raw HTML image" : "raw HTML link"));
        }
        return found;
    }

    /**
     * The link destination that starts at {@code from} (just after {@code "]("}), read as CommonMark does: spaces
     * skipped, then {@code <...>}, or characters up to a space or the {@code )} that closes the link, with balanced
     * parentheses and backslash escapes; null when there is none.
     */
    static String destination(String line, int from) {
        int i = from;
        int n = line.length();
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i < n && line.charAt(i) == '<') {
            int close = line.indexOf('>', i + 1);
            return close < 0 ? null : line.substring(i + 1, close);
        }
        int start = i;
        int depth = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < n) {
                i += 2;
                continue;
            }
            if (Character.isWhitespace(c)) {
                break;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
            i++;
        }
        return i > start ? line.substring(start, i) : null;
    }

    /** True when the {@code ]} at {@code close} ends the text of an image ({@code ![...]}). */
    private static boolean opensImage(String line, int close) {
        int depth = 0;
        for (int i = close - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (i > 0 && line.charAt(i - 1) == '\\') {
                continue;
            }
            if (c == ']') {
                depth++;
            } else if (c == '[') {
                if (depth == 0) {
                    return i > 0 && line.charAt(i - 1) == '!';
                }
                depth--;
            }
        }
        return false;
    }

    private static String unbracket(String target) {
        return target.startsWith("<") && target.endsWith(">") ? target.substring(1, target.length() - 1) : target;
    }

    private static String label(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String shown(String target) {
        return target.length() > SHOWN ? target.substring(0, SHOWN) + "... (" + target.length() + " characters)" : target;
    }
}
