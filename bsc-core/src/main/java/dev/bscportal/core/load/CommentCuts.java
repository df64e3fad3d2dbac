package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Finds text values that a YAML comment cut short: in {@code description: the goal is #1.} or
 * {@code description: we aim for the top # in 2027}, everything from " #" on is a comment, and the value silently
 * ends before it. Only unquoted text values directly followed by a comment on their line that looks like cut text
 * ({@link #cutText}) are reported (BSC119); numbers with a comment after them ({@code target: 30 # percent}) lost
 * nothing, quoted values and a '#' with no space before it ({@code rank#1}) are not comments.
 */
final class CommentCuts {

    private CommentCuts() {
    }

    static void check(Node root, String text, String file, int lineOffset, Consumer<Problem> report) {
        String[] lines = text.split("\n", -1);
        Deque<Node> todo = new ArrayDeque<>();
        Deque<String> keys = new ArrayDeque<>();
        todo.push(root);
        keys.push("");
        int visited = 0;
        while (!todo.isEmpty() && visited++ < 100_000) {
            Node node = todo.pop();
            String key = keys.pop();
            if (node instanceof MappingNode map) {
                for (NodeTuple tuple : map.getValue()) {
                    todo.push(tuple.getValueNode());
                    keys.push(tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : key);
                }
            } else if (node instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    todo.push(item);
                    keys.push(key);
                }
            } else if (node instanceof ScalarNode scalar && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                    && scalar.getTag() == Tag.STR) {
                String comment = commentAfter(scalar.getEndMark(), lines);
                if (comment != null && cutText(scalar.getValue(), comment)) {
                    int line = scalar.getEndMark().getLine() + 1 + lineOffset;
                    report.accept(Problem.of(ProblemCode.COMMENT_CUT_VALUE, SourcePosition.of(file, line),
                            "The value of '" + shorten(key) + "' ends at ' #': YAML reads '" + shorten(comment)
                                    + "' as a comment, so the value is only '" + shorten(scalar.getValue()) + "'."));
                }
            }
        }
    }

    /**
     * Whether the comment most likely cut text rather than annotate a value: the value is several words (a sentence
     * was cut: {@code the goal is # 1 in the ranking}), or the comment reads as content, '#' directly followed by a
     * letter or digit ({@code Aim #1}). A single word with a spaced comment is a deliberate note on an id or a
     * choice ({@code polarity: higher-is-better  # or lower-is-better}), as bsc:init writes them.
     */
    static boolean cutText(String value, String comment) {
        boolean severalWords = value.strip().chars().anyMatch(Character::isWhitespace);
        boolean contentAfterHash = comment.length() > 1 && Character.isLetterOrDigit(comment.codePointAt(1));
        return severalWords || contentAfterHash;
    }

    /** The comment that follows a value ending at {@code end} on the same line, or null. */
    private static String commentAfter(Mark end, String[] lines) {
        if (end == null || end.getLine() >= lines.length) {
            return null;
        }
        String line = lines[end.getLine()];
        int column = end.getColumn();
        if (column > line.codePointCount(0, line.length())) {
            return null;
        }
        String rest = line.substring(line.offsetByCodePoints(0, column));
        int i = 0;
        while (i < rest.length() && (rest.charAt(i) == ' ' || rest.charAt(i) == '\t')) {
            i++;
        }
        return i > 0 && i < rest.length() && rest.charAt(i) == '#' ? rest.substring(i).strip() : null;
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }
}
