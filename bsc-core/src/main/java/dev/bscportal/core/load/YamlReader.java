package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Parses YAML text into SnakeYAML's node tree (which keeps line numbers) without constructing any Java
 * object from it. Tags other than the plain YAML types are refused, as are alias bombs and deep nesting.
 * Not thread-safe: one instance per loader.
 */
final class YamlReader {

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ,
            Tag.MAP, Tag.TIMESTAMP);

    private final Yaml yaml;
    private final int maxNodes;

    YamlReader(LoadLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxCsvFileBytes()));
        options.setTagInspector(tag -> false);
        options.setProcessComments(false);
        this.yaml = new Yaml(new SafeConstructor(options));
        this.maxNodes = 100_000;
    }

    /**
     * The root node of {@code text}, or empty after reporting why not. {@code lineOffset} is added to
     * reported lines (front matter starts below the file's first line).
     */
    /** Part of the message of a problem that comes from an unexpected exception rather than a YAML error. */
    static final String UNEXPECTED_FAILURE = "the YAML library failed unexpectedly";

    Optional<Node> parse(String text, String file, int lineOffset, Consumer<Problem> report) {
        if (refusesYamlOnlyLineBreak(text, file, lineOffset, report)) {
            return Optional.empty();
        }
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            if (String.valueOf(e.getProblem()).contains("URI escape") && refusedBrokenTag(text, file, lineOffset, report)) {
                return Optional.empty();
            }
            String problem = e.getProblem() == null ? "syntax error" : firstLine(e.getProblem());
            String context = e.getContext() == null ? "" : e.getContext();
            boolean unclosed = context.startsWith("while parsing a flow") || context.startsWith("while scanning a quoted")
                    || context.startsWith("while scanning a double-quoted") || context.startsWith("while scanning a single-quoted");
            Mark mark = unclosed && e.getContextMark() != null ? e.getContextMark()
                    : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
            String message = unclosed && e.getProblemMark() != null
                    ? "YAML: the " + context.replaceFirst("^while (parsing|scanning) (a |an )?", "") + " that starts here is not closed ("
                            + problem + " at line " + (e.getProblemMark().getLine() + 1 + lineOffset) + ")."
                    : "YAML " + problem + ".";
            ProblemCode code = problem.contains("recursive") || problem.contains("aliases") || problem.contains("Nesting")
                    || problem.contains("tag is not allowed") ? ProblemCode.UNSAFE_YAML : ProblemCode.MALFORMED_YAML;
            report.accept(Problem.of(code, SourcePosition.of(file, line), message));
            return Optional.empty();
        } catch (YAMLException e) {
            report.accept(Problem.of(ProblemCode.UNSAFE_YAML, SourcePosition.of(file, lineOffset + 1),
                    "The YAML was refused: " + firstLine(String.valueOf(e.getMessage())) + "."));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            // SnakeYAML decodes a tag's %-escapes with Integer.parseInt and lets a short or non-hex one escape as a
            // bare NumberFormatException: a tag, which strategy files never use, so it is refused as one
            if (!refusedBrokenTag(text, file, lineOffset, report) && !refusedBrokenEscape(text, file, lineOffset, report)) {
                report.accept(Problem.of(ProblemCode.MALFORMED_YAML, SourcePosition.of(file, lineOffset + 1),
                        "The YAML could not be read: " + UNEXPECTED_FAILURE + " (" + e.getClass().getSimpleName() + ")."));
            }
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            // Not a syntax error SnakeYAML knows: a defect in the library or in our limits. The user still gets a
            // problem instead of a trace; the fuzz tests fail on this wording, so such inputs become findings.
            report.accept(Problem.of(ProblemCode.MALFORMED_YAML, SourcePosition.of(file, lineOffset + 1),
                    "The YAML could not be read: " + UNEXPECTED_FAILURE + " (" + e.getClass().getSimpleName() + ")."));
            return Optional.empty();
        }
        if (root == null) {
            return Optional.empty();
        }
        if (!checkPlain(root, file, lineOffset, report)) {
            return Optional.empty();
        }
        CommentCuts.check(root, text, file, lineOffset, report);
        return Optional.of(root);
    }

    /** A tag token ({@code !name}, {@code !!name}, {@code !<uri>}) with a %-escape in it, where a node may start. */
    private static final java.util.regex.Pattern TAG_WITH_ESCAPE =
            java.util.regex.Pattern.compile("(?:^|[\\s\\[{,:?-])(![^\\s]*%\\S*)");

    /** Reports the first tag with a %-escape as a refused tag at its line; false when there is none. */
    private static boolean refusedBrokenTag(String text, String file, int lineOffset, Consumer<Problem> report) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = TAG_WITH_ESCAPE.matcher(lines[i]);
            if (m.find()) {
                String tag = m.group(1).length() > 40 ? m.group(1).substring(0, 40) + "..." : m.group(1);
                report.accept(Problem.of(ProblemCode.UNSAFE_YAML, SourcePosition.of(file, i + 1 + lineOffset),
                        "The tag '" + tag + "' is not allowed (and its %-escape is not two hexadecimal digits).",
                        "Remove the tag: strategy files use plain values. If the text is meant literally, put it in quotes."));
                return true;
            }
        }
        return false;
    }

    /** A double-quoted scalar's {@code \UXXXXXXXX} escape, after an even number of backslashes. */
    private static final java.util.regex.Pattern LONG_ESCAPE =
            java.util.regex.Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\U([0-9A-Fa-f]{8})");
    /** An escape (backslash and x, u or U) with the text's end where its hexadecimal digits should be. */
    private static final java.util.regex.Pattern ESCAPE_AT_END =
            java.util.regex.Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\([xuU])\\z");

    /**
     * SnakeYAML decodes a double-quoted scalar's hexadecimal escape with Integer.parseInt, which lets two kinds of
     * escape out as a bare NumberFormatException: {@code \UXXXXXXXX} of 0x80000000 or more, and an escape cut off
     * by the end of the text. Reports the first of them at its line; false when there is none.
     */
    private static boolean refusedBrokenEscape(String text, String file, int lineOffset, Consumer<Problem> report) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = LONG_ESCAPE.matcher(lines[i]);
            while (m.find()) {
                if (Long.parseLong(m.group(1), 16) > Character.MAX_CODE_POINT) {
                    report.accept(Problem.of(ProblemCode.MALFORMED_YAML, SourcePosition.of(file, i + 1 + lineOffset),
                            "YAML: the escape '\\U" + m.group(1) + "' is not a Unicode character (the largest is \\U0010FFFF).",
                            "Write the character itself, or an escape up to \\U0010FFFF; for a literal backslash, use single quotes."));
                    return true;
                }
            }
        }
        java.util.regex.Matcher end = ESCAPE_AT_END.matcher(text);
        if (end.find()) {
            report.accept(Problem.of(ProblemCode.MALFORMED_YAML, SourcePosition.of(file, lines.length + lineOffset),
                    "YAML: the file ends inside the escape '\\" + end.group(1) + "', before its hexadecimal digits.",
                    "Complete the escape and close the quoted text, or, for a literal backslash, use single quotes."));
            return true;
        }
        return false;
    }

    /**
     * YAML 1.1 (SnakeYAML) also breaks lines at U+0085, U+2028 and U+2029, which editors show as one line:
     * the file would mean something else than it shows, and every line number after it would be wrong.
     */
    private static boolean refusesYamlOnlyLineBreak(String text, String file, int lineOffset, Consumer<Problem> report) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                report.accept(Problem.of(ProblemCode.MALFORMED_YAML, SourcePosition.of(file, line + lineOffset),
                        String.format(Locale.ROOT, "This line holds an invisible line separator (U+%04X) "
                                + "that YAML would read as a line break.", (int) c),
                        "Replace the invisible separator with a space or a real line break."));
                return true;
            }
        }
        return false;
    }

    /** Refuses explicit tags, merge keys and alias-expanded trees larger than a strategy file can need. */
    private boolean checkPlain(Node root, String file, int lineOffset, Consumer<Problem> report) {
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        int visited = 0;
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (++visited > maxNodes) {
                report.accept(Problem.of(ProblemCode.UNSAFE_YAML, SourcePosition.of(file, lineOffset + 1),
                        "The YAML expands to more than " + maxNodes + " values (an alias bomb?)."));
                return false;
            }
            if (!PLAIN_TAGS.contains(node.getTag()) || node.getTag() == Tag.MERGE) {
                report.accept(Problem.of(ProblemCode.UNSAFE_YAML, position(node, file, lineOffset),
                        "The tag '" + node.getTag().getValue() + "' is not allowed."));
                return false;
            }
            if (seen.put(node, Boolean.TRUE) != null && !(node instanceof ScalarNode)) {
                continue;
            }
            if (node instanceof MappingNode map) {
                for (NodeTuple tuple : map.getValue()) {
                    if (tuple.getKeyNode().getTag() == Tag.MERGE) {
                        report.accept(Problem.of(ProblemCode.UNSAFE_YAML, position(tuple.getKeyNode(), file, lineOffset),
                                "Merge keys (<<) are not allowed."));
                        return false;
                    }
                    todo.push(tuple.getKeyNode());
                    todo.push(tuple.getValueNode());
                }
            } else if (node instanceof SequenceNode seq) {
                seq.getValue().forEach(todo::push);
            }
        }
        return true;
    }

    static SourcePosition position(Node node, String file, int lineOffset) {
        return SourcePosition.of(file, node.getStartMark().getLine() + 1 + lineOffset);
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).trim();
    }
}
