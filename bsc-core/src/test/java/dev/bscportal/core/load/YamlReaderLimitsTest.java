package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;

import dev.bscportal.core.problem.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The YAML reader's limits at their edges, its refusal of tags wherever they sit, and its messages. */
class YamlReaderLimitsTest {

    private final List<Problem> problems = new ArrayList<>();

    private Optional<Node> parse(YamlReader reader, String yaml) {
        return reader.parse(yaml, "m.yaml", 0, problems::add);
    }

    private Optional<Node> parse(String yaml) {
        return parse(new YamlReader(LoadLimits.DEFAULTS), yaml);
    }

    private List<String> lines() {
        return ProblemLines.of(problems);
    }

    @Test
    void aliasesOfListsUpToTheLimitAreReadAndOneMoreIsRefused() {
        LoadLimits five = new LoadLimits(1L << 20, 1L << 20, 5, 50);

        assertTrue(parse(new YamlReader(five), "a: &x [1]\nb: [*x, *x, *x, *x, *x]\n").isPresent(), lines().toString());

        // SnakeYAML gives no position for this limit: the file is named at its first line
        assertTrue(parse(new YamlReader(five), "a: &x [1]\nb: [*x, *x, *x, *x, *x, *x]\n").isEmpty());
        assertEquals(List.of("BSC010 m.yaml:1"), lines());
        assertTrue(problems.get(0).message().startsWith("The YAML was refused: Number of aliases"), problems.get(0).message());
    }

    @Test
    void nestingUpToTheConfiguredDepthIsReadAndDeeperIsRefused() {
        LoadLimits ten = new LoadLimits(1L << 20, 1L << 20, 50, 10);

        assertTrue(parse(new YamlReader(ten), "a: " + "[".repeat(8) + "]".repeat(8) + "\n").isPresent(), lines().toString());

        assertTrue(parse(new YamlReader(ten), "a: " + "[".repeat(12) + "]".repeat(12) + "\n").isEmpty());
        assertEquals(1, problems.size());
        assertEquals("BSC010", problems.get(0).code().code());
    }

    @Test
    void aTextLongerThanTheConfiguredSizeIsRefused() {
        LoadLimits small = new LoadLimits(1L << 20, 2_000, 50, 50);
        String big = "text: \"" + "x".repeat(3_000) + "\"\n";

        assertTrue(parse(new YamlReader(small), big).isEmpty());
        assertEquals(1, problems.size(), lines().toString());
        assertTrue(parse(big).isPresent(), "the default limit reads it");
    }

    @Test
    void aTreeOfExactlyOneHundredThousandValuesIsReadAndOneMoreIsRefused() {
        // the root mapping, its key and its list are three values: the list holds the rest
        assertTrue(parse(list(99_997)).isPresent(), lines().toString());

        assertTrue(parse(list(99_998)).isEmpty());
        assertEquals(List.of("BSC010 m.yaml:1"), lines());
        assertEquals("The YAML expands to more than 100000 values (an alias bomb?).", problems.get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "a:\n  b:\n    - c: !local x\n",
            "a:\n  - 1\n  - [2, !local x]\n",
            "a: 1\n? !local k\n: v\n",
            "a:\n  b: !!binary aGVsbG8=\n",
    })
    void aTagIsRefusedWhereverItSitsInTheTree(String yaml) {
        assertTrue(parse(yaml).isEmpty());
        assertEquals(1, problems.size(), lines().toString());
        assertEquals("BSC010", problems.get(0).code().code());
        int tagLine = (int) yaml.substring(0, yaml.indexOf('!')).chars().filter(c -> c == '\n').count() + 1;
        assertEquals("m.yaml:" + tagLine, problems.get(0).position().toString());
    }

    /** A tag's %-escape that is cut short or not hexadecimal made SnakeYAML throw a bare NumberFormatException (fuzz finding). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "!h%0",
            "!h%0 x\n",
            "a: 1\nb: !a%zz x\n",
            "a:\n  - [1, !t%]\n",
            "a: 1\n? !k%4g\n: v\n",
            "a: 1\nb: !<%0> x\n",
            "a:\n  b: !!str%G1 v\n",
            "!h$$,$$%5",
            "a:\n  - !x,y%q\n",
    })
    void aTagWithABrokenPercentEscapeIsRefusedAsATagAtItsLine(String yaml) {
        assertTrue(parse(yaml).isEmpty());
        assertEquals(1, problems.size(), lines().toString());
        assertEquals("BSC010", problems.get(0).code().code());
        int tagLine = (int) yaml.substring(0, yaml.indexOf('!')).chars().filter(c -> c == '\n').count() + 1;
        assertEquals("m.yaml:" + tagLine, problems.get(0).position().toString());
        assertTrue(problems.get(0).message().contains("tag"), problems.get(0).message());
        assertTrue(!problems.get(0).message().contains(YamlReader.UNEXPECTED_FAILURE), problems.get(0).message());
    }

    /** A double-quoted \UXXXXXXXX of 0x80000000 or more made SnakeYAML throw a bare NumberFormatException (fuzz finding). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            " \"ld\n\\U8888888888888888 !?cl",
            "a: \"\\U88888888\"\n",
            "a: 1\nb: \"x \\UFFFFFFFF y\"\n",
            "a: 1\nb: \"\\UFFFFFFFE\"\n",
            "a:\n  - \"ok \\U0001F600\"\n  - \"\\\\\\U9ABCDEF0\"\n",
            "a: \"line one\n  \\U80000000\"\n",
    })
    void aLongEscapeBeyondUnicodeIsReportedAtItsLine(String yaml) {
        assertTrue(parse(yaml).isEmpty());
        assertEquals(1, problems.size(), lines().toString());
        String bad = java.util.stream.Stream.of("88888888", "FFFFFFFF", "FFFFFFFE", "9ABCDEF0", "80000000")
                .filter(yaml::contains).findFirst().orElseThrow();
        int line = (int) yaml.substring(0, yaml.indexOf(bad)).chars().filter(c -> c == '\n').count() + 1;
        assertEquals(ProblemCode.MALFORMED_YAML.code() + " m.yaml:" + line, lines().get(0));
        assertTrue(problems.get(0).message().contains("\\U" + bad), problems.get(0).message());
        assertTrue(!problems.get(0).message().contains(YamlReader.UNEXPECTED_FAILURE), problems.get(0).message());
    }

    /** A hexadecimal escape cut off by the end of the text made SnakeYAML throw a bare NumberFormatException (fuzz finding). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a: \"\\U", "a: 1\nb: \"x\\u", "a: 1\nb:\n  - \"x\n  \\x", "a: \"\\\\\\U"})
    void anEscapeCutOffByTheEndOfTheFileIsReportedAtItsLine(String yaml) {
        assertTrue(parse(yaml).isEmpty());
        int lastLine = yaml.split("\n", -1).length;
        assertEquals(List.of(ProblemCode.MALFORMED_YAML.code() + " m.yaml:" + lastLine), lines());
        assertTrue(problems.get(0).message().contains("ends inside the escape"), problems.get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"00110000", "7FFFFFFF"})
    void aLongEscapeBeyondUnicodeThatFitsAnIntIsReportedByTheParser(String hex) {
        assertTrue(parse("a: 1\nb: \"\\U" + hex + "\"\n").isEmpty());
        assertEquals(List.of(ProblemCode.MALFORMED_YAML.code() + " m.yaml:2"), lines());
        assertTrue(problems.get(0).message().contains(hex), problems.get(0).message());
    }

    @Test
    void aLongEscapeWithinUnicodeIsRead() {
        // U+10FFFD: the last code point of Unicode that is not a noncharacter (U+10FFFF is refused as one, BSC189)
        assertTrue(parse("a: \"\\U0001F600 \\U0010FFFD\"\n").isPresent(), lines().toString());
        assertEquals(List.of(), lines());
    }

    @Test
    void aMergeKeyInsideANestedMappingIsRefused() {
        assertTrue(parse("base: &b {unit: EUR}\nlist:\n  - name: x\n    <<: *b\n").isEmpty());
        assertEquals(List.of("BSC010 m.yaml:4"), lines());
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0085", "2028", "2029"})
    void anInvisibleLineSeparatorIsRefusedAtItsLine(String hex) {
        char separator = (char) Integer.parseInt(hex, 16);
        Optional<Node> root = new YamlReader(LoadLimits.DEFAULTS).parse("a: 1\nb: 2\nname: x" + separator + "y\n", "o.md", 1, problems::add);

        assertTrue(root.isEmpty());
        assertEquals(List.of("BSC001 o.md:4"), lines());
        assertEquals("This line holds an invisible line separator (U+" + hex + ") that YAML would read as a line break.",
                problems.get(0).message());
    }

    @Test
    void anUnclosedQuoteNamesWhereItOpensAndWhereTheFileEnded() {
        parse("unit: EUR\nname: \"Revenue\ntarget: 10\n");

        assertEquals(List.of("BSC001 m.yaml:2"), lines());
        String message = problems.get(0).message();
        assertTrue(message.startsWith("YAML: the quoted scalar that starts here is not closed ("), message);
        assertTrue(message.endsWith(" at line 4)."), message);
    }

    @Test
    void anUnclosedFlowListNamesWhereItOpens() {
        parse("a: 1\nlist: [x, y\nb: 2\n");

        assertEquals(List.of("BSC001 m.yaml:2"), lines());
        assertTrue(problems.get(0).message().startsWith("YAML: the flow sequence that starts here is not closed ("),
                problems.get(0).message());
    }

    private static String list(int values) {
        StringBuilder yaml = new StringBuilder("v: [");
        for (int i = 0; i < values; i++) {
            yaml.append(i == 0 ? "" : ",").append('1');
        }
        return yaml.append("]\n").toString();
    }
}
