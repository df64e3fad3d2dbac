package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;
import dev.bscportal.core.text.TextCharacters;
import dev.bscportal.core.text.TextCharacters.Finding;
import dev.bscportal.core.text.TextCharacters.Kind;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The check of the characters of every text the strategy holds, on the decoded values (after YAML escapes such as
 * <code>"&#92;u202E"</code>), by the rule of {@link TextCharacters}: every scalar of every YAML file and front matter (keys
 * too), every Markdown body and file, every note of a CSV file or workbook. Ids and periods have fixed shapes checked
 * elsewhere. A refused character is BSC189 (an error: nothing is published), a direction control in prose BSC168,
 * a tab or line break in a name BSC169 (warnings); each names the file, the line and the character as U+XXXX.
 */
final class StrategyCharacters {

    /** The keys whose values (and everything below them) are prose; every other value is a line of text. */
    static final Set<String> PROSE_KEYS = Set.of("description", "mission", "vision", "commentary", "note", "notes");

    private StrategyCharacters() {
    }

    /** Every scalar of a YAML tree, each at its line; aliases are judged once. */
    static void yaml(Node root, String file, int lineOffset, Consumer<Problem> report) {
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Object[]> todo = new ArrayDeque<>();
        todo.push(new Object[] {root, Kind.LINE, "A value"});
        while (!todo.isEmpty()) {
            Object[] next = todo.pop();
            Node node = (Node) next[0];
            Kind kind = (Kind) next[1];
            String label = (String) next[2];
            if (seen.put(node, Boolean.TRUE) != null) {
                continue;
            }
            if (node instanceof ScalarNode scalar) {
                int line = scalar.getStartMark().getLine() + 1 + lineOffset;
                boolean literal = scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL;
                check(scalar.getValue(), kind, file, literal ? line + 1 : line, literal, label, report);
            } else if (node instanceof MappingNode map) {
                for (NodeTuple tuple : map.getValue()) {
                    String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                    todo.push(new Object[] {tuple.getKeyNode(), Kind.LINE, "A key"});
                    Kind valueKind = kind == Kind.PROSE || PROSE_KEYS.contains(key.strip()) ? Kind.PROSE : Kind.LINE;
                    todo.push(new Object[] {tuple.getValueNode(), valueKind, key.isBlank() ? label : "'" + key.strip() + "'"});
                }
            } else if (node instanceof SequenceNode seq) {
                seq.getValue().forEach(item -> todo.push(new Object[] {item, kind, label}));
            }
        }
    }

    /**
     * One text of {@code kind} that starts at {@code firstLine} of {@code file}; when {@code linesAreFileLines}, its
     * line breaks are the file's, so the problem names the very line of the character. {@code label} names the text
     * in the message ("'name'", "The Markdown text", "The note").
     */
    static void check(String text, Kind kind, String file, int firstLine, boolean linesAreFileLines, String label,
            Consumer<Problem> report) {
        check(text, kind, label, report, index -> SourcePosition.of(file, linesAreFileLines ? firstLine + breaks(text, index) : firstLine));
    }

    /** A note of a CSV row or a workbook cell, at its row or cell. */
    static void note(String text, SourcePosition at, Consumer<Problem> report) {
        check(text, Kind.PROSE, "The note", report, index -> at);
    }

    private static void check(String text, Kind kind, String label, Consumer<Problem> report,
            java.util.function.IntFunction<SourcePosition> at) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int start = 0;
        int end = text.length();
        if (kind == Kind.LINE) { // the ends of a name are stripped when it is read: a trailing line break is no problem
            while (start < end && " \t\n\r".indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            while (end > start && " \t\n\r".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
        }
        Optional<Finding> found = TextCharacters.judge(text.substring(start, end), kind);
        if (found.isEmpty()) {
            return;
        }
        Finding f = found.get();
        SourcePosition where = at.apply(start + f.index());
        String shown = Quote.of(text.strip());
        if (f.verdict() == TextCharacters.Verdict.REFUSED) {
            String why = f.directional()
                    ? "a control that changes the order in which the text is shown, so the name could read as another"
                    : f.loneSurrogate() ? "half of a character, which no page, map or book can hold"
                    : "an invisible control character or noncharacter that breaks the pages, maps or book that show it";
            report.accept(Problem.of(ProblemCode.UNSAFE_CHARACTER, where, label + " holds " + f.shown() + ", " + why + ": " + shown));
        } else if (f.directional()) {
            report.accept(Problem.of(ProblemCode.DIRECTION_CONTROL, where, label + " holds " + f.shown()
                    + ", which reorders the text shown after it up to the end of its paragraph: " + shown));
        } else {
            report.accept(Problem.of(ProblemCode.LINE_BREAK_IN_NAME, where, label + " holds " + f.shown()
                    + "; a name is one line, so it is shown as a space: " + shown));
        }
    }

    private static int breaks(String text, int index) {
        int n = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
