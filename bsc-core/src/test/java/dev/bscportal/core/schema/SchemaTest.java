package dev.bscportal.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The editor schemas accept every file of the example strategy and reject typical mistakes. */
class SchemaTest {

    private static final Path EXAMPLE = Path.of("../example-strategy/src/strategy");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static JsonSchema schema(String name) {
        InputStream in = SchemaTest.class.getResourceAsStream("/dev/bscportal/core/schema/" + name);
        return FACTORY.getSchema(in);
    }

    /** The schema for a file by where it lives, as an editor would map it. */
    static String schemaFor(Path relative) {
        String path = relative.toString().replace('\\', '/');
        String folder = relative.getNameCount() > 1 ? relative.getName(relative.getNameCount() - 2).toString() : "";
        if (path.endsWith("strategy.yaml")) {
            return "strategy.schema.json";
        }
        return switch (folder) {
            case "objectives" -> "objective.schema.json";
            case "measures" -> "measure.schema.json";
            case "initiatives" -> "initiative.schema.json";
            case "okrs" -> "okrs.schema.json";
            case "reviews" -> "review.schema.json";
            default -> null;
        };
    }

    /** YAML (or front matter) to JSON the way the loader reads it: plain numbers and booleans typed, all else text. */
    static JsonNode toJson(String yaml) {
        Node node = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        return convert(node);
    }

    private static JsonNode convert(Node node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node == null) {
            return f.objectNode();
        }
        if (node instanceof MappingNode map) {
            ObjectNode object = f.objectNode();
            for (NodeTuple t : map.getValue()) {
                object.set(((ScalarNode) t.getKeyNode()).getValue(), convert(t.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode seq) {
            ArrayNode array = f.arrayNode();
            seq.getValue().forEach(item -> array.add(convert(item)));
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        if (scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
            if (NUMBER.matcher(text).matches()) {
                return text.contains(".") || text.contains("e") || text.contains("E")
                        ? f.numberNode(Double.parseDouble(text)) : f.numberNode(Long.parseLong(text));
            }
            if (text.equals("true") || text.equals("false")) {
                return f.booleanNode(Boolean.parseBoolean(text));
            }
        }
        return f.textNode(text);
    }

    static String yamlOf(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!file.toString().endsWith(".md")) {
            return text;
        }
        String[] parts = text.split("(?m)^---\\s*$", 3);
        return parts[1];
    }

    @TestFactory
    Stream<DynamicTest> everyExampleFileMatchesItsSchema() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(EXAMPLE)) {
            walk.filter(Files::isRegularFile).filter(f -> schemaFor(EXAMPLE.relativize(f)) != null).sorted().forEach(files::add);
        }
        assertFalse(files.size() < 50, "found " + files.size() + " files");
        return files.stream().map(file -> DynamicTest.dynamicTest(EXAMPLE.relativize(file).toString(), () -> {
            Set<ValidationMessage> errors = schema(schemaFor(EXAMPLE.relativize(file))).validate(toJson(yamlOf(file)));
            assertEquals(Set.of(), errors);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyObjectiveOfThePublicSectorFixtureMatchesItsSchema() throws IOException {
        // the fixture uses `order` and `owner-label`, which the example does not
        Path objectives = Path.of("src/test/resources/strategies/public-sector/objectives");
        List<Path> files;
        try (Stream<Path> list = Files.list(objectives)) {
            files = list.sorted().toList();
        }
        assertEquals(15, files.size());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                assertEquals(Set.of(), schema("objective.schema.json").validate(toJson(yamlOf(file))))));
    }

    @Test
    void rejectsAnOrderThatIsNotAWholeNumberAndAnOwnerLabelLongerThanAMapBoxShows() {
        JsonNode objective = toJson("name: X\nperspective: customer\norder: 1.5\nowner-label: Head of Logistics\n");

        Set<ValidationMessage> errors = schema("objective.schema.json").validate(objective);

        assertEquals(2, errors.size(), errors.toString());
    }

    @Test
    void rejectsAMisspelledKeyAWrongEnumAndAMalformedPeriod() {
        JsonNode measure = toJson("name: NPS\nobjective: c1\ntreshold: 20\npolarity: higher-better\nmeasurements:\n  2026-13: 4\n");

        Set<ValidationMessage> errors = schema("measure.schema.json").validate(measure);

        String all = errors.toString();
        assertEquals(3, errors.size(), all);
        assertFalse(!all.contains("treshold"), all);
    }
}
