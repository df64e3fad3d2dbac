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

    @Test
    void acceptsCalculatedMeasuresAsDocumented() {
        for (String calc : List.of("revenue / headcount", "sales/pipeline / revenue", "round(max(revenue - cost, 0) * 1.5, 2)")) {
            JsonNode measure = toJson("name: Ratio\nobjective: c1\ncalc: \"" + calc + "\"\n");

            Set<ValidationMessage> errors = schema("measure.schema.json").validate(measure);

            assertEquals(Set.of(), errors, calc);
        }
    }

    /** A file that has exactly one typical mistake, the schema that must catch it, and what the error names. */
    record Mistake(String schema, String yaml, String names) {
    }

    static List<Mistake> typicalMistakes() {
        String objective = "name: Grow\nperspective: financial\n";
        String measure = "name: NPS\nobjective: c1\n";
        String initiative = "name: CRM\n";
        return List.of(
                // strategy.yaml
                new Mistake("strategy.schema.json", "name: Acme\norganisation: Acme Ltd\n", "organisation"),
                new Mistake("strategy.schema.json", "name: [Acme]\n", "$.name"),
                new Mistake("strategy.schema.json", "name: Acme\nstage: grow\n", "$.stage"),
                new Mistake("strategy.schema.json", "mission: Win\n", "name"),
                new Mistake("strategy.schema.json", "name: Acme\nperspectives:\n  - id: citizens\n", "name"),
                new Mistake("strategy.schema.json", "name: Acme\nthemes: growth\n", "$.themes"),
                // objectives
                new Mistake("objective.schema.json", objective + "ownr: Ann\n", "ownr"),
                new Mistake("objective.schema.json", objective + "weight: heavy\n", "$.weight"),
                new Mistake("objective.schema.json", "name: Grow\n", "perspective"),
                new Mistake("objective.schema.json", objective + "drives: c1\n", "$.drives"),
                // measures
                new Mistake("measure.schema.json", measure + "treshold: 20\n", "treshold"),
                new Mistake("measure.schema.json", measure + "polarity: up\n", "$.polarity"),
                new Mistake("measure.schema.json", measure + "frequency: daily\n", "$.frequency"),
                new Mistake("measure.schema.json", measure + "threshold: high\n", "$.threshold"),
                new Mistake("measure.schema.json", "objective: c1\n", "name"),
                new Mistake("measure.schema.json", measure + "calc: Revenue / headcount\n", "$.calc"),
                new Mistake("measure.schema.json", measure + "calc: revenue > 1 && exec('x')\n", "$.calc"),
                new Mistake("measure.schema.json", measure + "calc: [revenue, cost]\n", "$.calc"),
                // initiatives
                new Mistake("initiative.schema.json", initiative + "ownr: Ann\n", "ownr"),
                new Mistake("initiative.schema.json", initiative + "status: started\n", "$.status"),
                new Mistake("initiative.schema.json", "owner: Ann\n", "name"),
                new Mistake("initiative.schema.json", initiative + "milestones:\n  - due: 2026-01-01\n", "name"),
                new Mistake("initiative.schema.json", initiative + "objectives: c1\n", "$.objectives"),
                // OKR files
                new Mistake("okrs.schema.json", "period: 2026-Q3\nquarter: 3\n", "quarter"),
                new Mistake("okrs.schema.json", "period: 2026-Q3\nobjectives:\n  - id: o1\n", "name"),
                new Mistake("okrs.schema.json", "period: 2026-Q3\nobjectives:\n  - id: o1\n    name: Win\n    key-results:\n"
                        + "      - name: Deals\n        from: 0\n", "to"),
                new Mistake("okrs.schema.json", "period: 2026-Q3\nobjectives: o1\n", "$.objectives"),
                // reviews
                new Mistake("review.schema.json", "period: 2026-Q3\nminutes: long\n", "minutes"),
                new Mistake("review.schema.json", "period: 2026-Q3\nattendees: Bob\n", "$.attendees"),
                new Mistake("review.schema.json", "period: 2026-Q3\ncommentary: [c1]\n", "$.commentary"));
    }

    @TestFactory
    Stream<DynamicTest> everySchemaRejectsItsTypicalMistakes() {
        return typicalMistakes().stream().map(m -> DynamicTest.dynamicTest(m.schema() + ": " + m.yaml().replace("\n", " | "), () -> {
            // given a file with exactly one mistake
            JsonNode file = toJson(m.yaml());
            // when its schema checks it
            Set<ValidationMessage> errors = schema(m.schema()).validate(file);
            // then there is one error, and it names the mistake
            assertEquals(1, errors.size(), errors.toString());
            String error = errors.iterator().next().getMessage();
            assertFalse(!error.contains(m.names()), error + " should name " + m.names());
        }));
    }

    @Test
    void everySchemaHasRejectionCases() {
        Set<String> covered = new java.util.TreeSet<>();
        typicalMistakes().forEach(m -> covered.add(m.schema()));
        assertEquals(Set.of("strategy.schema.json", "objective.schema.json", "measure.schema.json", "initiative.schema.json",
                "okrs.schema.json", "review.schema.json"), covered);
    }
}
