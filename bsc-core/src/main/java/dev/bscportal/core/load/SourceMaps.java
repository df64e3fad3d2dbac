package dev.bscportal.core.load;

import dev.bscportal.core.model.DataSource;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The maps of a source file: its HTTP {@code headers} and the JSON pointers of its row {@code fields}, each checked. */
final class SourceMaps {

    private SourceMaps() {
    }

    static Map<String, String> headers(Fields f) {
        Map<String, String> headers = new TreeMap<>();
        Optional<Node> node = f.node("headers");
        if (node.isEmpty()) {
            return headers;
        }
        if (!(node.get() instanceof MappingNode map)) {
            f.report().accept(Problem.of(ProblemCode.WRONG_TYPE, f.at("headers"), "'headers' must be a map of header names and values."));
            return headers;
        }
        for (NodeTuple tuple : map.getValue()) {
            SourcePosition at = YamlReader.position(tuple.getKeyNode(), f.file(), 0);
            if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value
                    && key.getValue().matches("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}")
                    && value.getValue().chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                headers.put(key.getValue(), value.getValue().strip());
            } else {
                f.report().accept(Problem.of(ProblemCode.INVALID_VALUE, at, "A header is a name (letters, digits, -) and a one-line text value.",
                        "Write headers as 'Accept: application/json' lines under 'headers:'."));
            }
        }
        return headers;
    }

    static Map<String, String> fields(Fields f) {
        Map<String, String> fields = new TreeMap<>();
        Optional<Node> node = f.node("fields");
        if (node.isEmpty()) {
            return fields;
        }
        if (!(node.get() instanceof MappingNode map)) {
            f.report().accept(Problem.of(ProblemCode.WRONG_TYPE, f.at("fields"),
                    "'fields' must be a map from measure, period, value, note to a JSON pointer."));
            return fields;
        }
        for (NodeTuple tuple : map.getValue()) {
            SourcePosition at = YamlReader.position(tuple.getKeyNode(), f.file(), 0);
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            if (!DataSource.ROW_FIELDS.contains(key)) {
                f.report().accept(Problem.of(ProblemCode.UNKNOWN_KEY, at, "Unknown field '" + key + "' under 'fields'.",
                        "Allowed: measure, period, value, note."));
            } else if (tuple.getValueNode() instanceof ScalarNode value) {
                fields.put(key, pointer(f, "fields", value.getValue(), at));
            } else {
                f.report().accept(Problem.of(ProblemCode.WRONG_TYPE, at, "The field '" + key + "' needs a JSON pointer such as /value."));
            }
        }
        return fields;
    }

    /** Checks RFC 6901 syntax: empty, or '/'-separated tokens in which '~' is followed by 0 or 1. */
    static String pointer(Fields f, String key, String text, SourcePosition at) {
        if (!text.isEmpty() && (!text.startsWith("/") || !text.matches("(/([^~]|~[01])*)+"))) {
            f.report().accept(Problem.of(ProblemCode.INVALID_VALUE, at, "'" + text + "' is not a JSON pointer.",
                    "Write a JSON pointer (RFC 6901): /data/items for {\"data\": {\"items\": [...]}}, /0/value for the first"
                            + " element's value; ~1 stands for / and ~0 for ~ in a name."));
        }
        return text;
    }
}
