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
            if (String.valueOf(e.getProblem()).contains("URI escape") && YamlLibraryFailures.brokenTag(text, file, lineOffset, report)) {
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
            Optional<String> hint = code == ProblemCode.MALFORMED_YAML
                    ? YamlHints.forProblem(problem, lineOf(text, mark == null ? 0 : mark.getLine()),
                            mark == null ? -1 : mark.getColumn()) : Optional.empty();
            report.accept(hint.isPresent() ? Problem.of(code, SourcePosition.of(file, line), message, hint.get())
                    : Problem.of(code, SourcePosition.of(file, line), message));
            return Optional.empty();
        } catch (YAMLException e) {
            report.accept(Problem.of(ProblemCode.UNSAFE_YAML, SourcePosition.of(file, lineOffset + 1),
                    "The YAML was refused: " + firstLine(String.valueOf(e.getMessage())) + "."));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            // a broken tag or escape that SnakeYAML let out as a bare NumberFormatException: found and reported at its line
            if (!YamlLibraryFailures.explained(text, file, lineOffset, report)) {
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
        StrategyCharacters.yaml(root, file, lineOffset, report);
        return Optional.of(root);
    }

    /** Line {@code index} (from 0) of {@code text}, or an empty text. */
    private static String lineOf(String text, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return "";
            }
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
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
