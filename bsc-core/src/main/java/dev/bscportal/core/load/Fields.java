package dev.bscportal.core.load;

import dev.bscportal.core.model.HasId;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.problem.AllowedValues;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The keys of one YAML map (a measure file, a key result, ...), read with type checks. Unknown and
 * repeated keys are reported when the map is opened; each typed read reports a wrong value at its line
 * and returns empty, so one bad value never hides the others.
 */
final class Fields {

    /**
     * An id names files of the site (objectives/&lt;id&gt;.html): never a Windows device name such as con or lpt1, and
     * never {@code index}, the name of the list page of a folder (initiatives/index.html).
     */
    static final Pattern ID = Pattern.compile("(?!(?:con|prn|aux|nul|com[0-9]|lpt[0-9]|index)$)[a-z0-9][a-z0-9-]{0,63}");

    private final String file;
    private final int lineOffset;
    private final SourcePosition at;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Consumer<Problem> report;
    private final String what;
    private final Set<String> invalid = new TreeSet<>();
    private final TypedValues values;

    private Fields(String file, int lineOffset, SourcePosition at, String what, Consumer<Problem> report) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.at = at;
        this.what = what;
        this.report = report;
        this.values = new TypedValues(report);
    }

    /**
     * Opens a map node; reports WRONG_TYPE and returns empty when the node is not a map.
     * {@code what} names the element in messages ("a measure"), {@code allowed} lists the known keys.
     */
    static Optional<Fields> open(Node node, String file, int lineOffset, String what, Set<String> allowed,
                                 Consumer<Problem> report) {
        SourcePosition at = YamlReader.position(node, file, lineOffset);
        if (!(node instanceof MappingNode map)) {
            report.accept(Problem.of(ProblemCode.WRONG_TYPE, at, "Expected the fields of " + what + " (key: value lines)."));
            return Optional.empty();
        }
        Fields fields = new Fields(file, lineOffset, at, what, report);
        for (NodeTuple tuple : map.getValue()) {
            SourcePosition keyAt = YamlReader.position(tuple.getKeyNode(), file, lineOffset);
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                report.accept(Problem.of(ProblemCode.WRONG_TYPE, keyAt, "A key must be a plain word."));
                continue;
            }
            String key = keyNode.getValue();
            if (fields.entries.containsKey(key)) {
                report.accept(Problem.of(ProblemCode.DUPLICATE_KEY, keyAt, "The key '" + key + "' appears twice in " + what + "."));
                continue;
            }
            if (!allowed.contains(key)) {
                report.accept(Problem.of(ProblemCode.UNKNOWN_KEY, keyAt,
                        "Unknown key '" + key + "' in " + what + "." + Suggestions.didYouMean(key, allowed),
                        AllowedValues.list("Allowed keys: ", new TreeSet<>(allowed),
                                "Remove it: " + what + " takes no keys here.")));
                continue;
            }
            fields.entries.put(key, tuple);
        }
        return Optional.of(fields);
    }

    SourcePosition at() {
        return at;
    }

    SourcePosition at(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? at : YamlReader.position(tuple.getKeyNode(), file, lineOffset);
    }

    boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    Optional<Node> node(String key) {
        return has(key) ? Optional.of(entries.get(key).getValueNode()) : Optional.empty();
    }

    /** The element's origin: its first line and the line of every key written. */
    Origin origin() {
        Map<String, SourcePosition> positions = new TreeMap<>();
        for (String key : entries.keySet()) {
            positions.put(key, at(key));
        }
        return new Origin(at, positions, invalid);
    }

    Optional<String> text(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().strip());
        }
        wrong(key, "a text");
        return Optional.empty();
    }

    String text(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    /** A Markdown text field; empty, with the problem reported at the field, when {@link MarkdownShape} refuses it. */
    String markdown(String key) {
        String value = text(key, "");
        return MarkdownShape.check(value, file, at(key).line(), false, report) ? value : "";
    }

    Optional<String> required(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty() && !has(key)) {
            report.accept(Problem.of(ProblemCode.MISSING_FIELD, at, what + " needs '" + key + "'.",
                    "Add a line '" + key + ": ...'."));
        } else if (value.isPresent() && value.get().isEmpty()) {
            report.accept(Problem.of(ProblemCode.MISSING_FIELD, at(key), "'" + key + "' of " + what + " is empty.",
                    "Write a value after '" + key + ":'."));
        }
        return value.filter(v -> !v.isEmpty());
    }

    /** A list of texts; a single text is taken as a list of one. */
    List<String> texts(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof ScalarNode scalar) {
            return List.of(scalar.getValue().strip());
        }
        if (node.get() instanceof SequenceNode seq) {
            List<String> values = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    values.add(scalar.getValue().strip());
                } else {
                    report.accept(Problem.of(ProblemCode.WRONG_TYPE, YamlReader.position(item, file, lineOffset),
                            "Each entry of '" + key + "' must be a text."));
                }
            }
            return values;
        }
        wrong(key, "a list");
        return List.of();
    }

    /** A list of ids: each entry must be a slug (optionally qualified by unit path when {@code qualified}). */
    List<String> ids(String key, boolean qualified) {
        List<String> values = new ArrayList<>();
        for (String value : texts(key)) {
            if (isReference(value, qualified)) {
                values.add(value);
            } else {
                invalidId(at(key), value);
            }
        }
        return values;
    }

    static boolean isReference(String value, boolean qualified) {
        if (!qualified) {
            return ID.matcher(value).matches();
        }
        return Arrays.stream(value.split("/", -1)).allMatch(part -> ID.matcher(part).matches());
    }

    void invalidId(SourcePosition where, String value) {
        report.accept(Problem.of(ProblemCode.INVALID_ID, where, "'" + value + "' is not a valid id."
                + Suggestions.idMeant(value)));
    }

    List<Node> list(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof SequenceNode seq) {
            return seq.getValue();
        }
        wrong(key, "a list");
        return List.of();
    }

    OptionalDouble number(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble value = number(node.get(), at(key), "'" + key + "'");
        if (value.isEmpty()) {
            invalid.add(key);
        }
        return value;
    }

    OptionalDouble number(Node node, SourcePosition where, String label) {
        return values.number(node, where, label);
    }

    <E extends HasId> Optional<E> choice(String key, E[] values) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> found = HasId.find(values, value.get());
        if (found.isEmpty()) {
            invalid.add(key);
            report.accept(Problem.of(ProblemCode.INVALID_VALUE, at(key),
                    "'" + value.get() + "' is not a valid " + key + "." + Suggestions.didYouMean(value.get(),
                            Arrays.stream(values).map(HasId::id).toList()),
                    AllowedValues.useOneOf(Arrays.stream(values).map(HasId::id).toList(),
                            "Remove the '" + key + "' key.")));
        }
        return found;
    }

    Optional<Period> period(String key) {
        return text(key).flatMap(text -> period(text, at(key)));
    }

    Optional<Period> period(String text, SourcePosition where) {
        return values.period(text, where);
    }

    Optional<LocalDate> date(String key) {
        return text(key).flatMap(text -> values.date(text, at(key)));
    }

    Optional<Boolean> bool(String key) {
        return node(key).flatMap(node -> values.bool(node, key, at(key)));
    }

    Consumer<Problem> report() {
        return report;
    }

    String file() {
        return file;
    }

    int lineOffset() {
        return lineOffset;
    }

    private void wrong(String key, String expected) {
        report.accept(Problem.of(ProblemCode.WRONG_TYPE, at(key), "'" + key + "' must be " + expected + "."));
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag() == Tag.NULL;
    }
}
