package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterTest {

    private final List<Problem> problems = new ArrayList<>();

    private Optional<FrontMatter> split(String text) {
        return FrontMatter.split(text, "objectives/o.md", problems::add);
    }

    @Test
    void splitsFieldsFromTheMarkdownBody() {
        FrontMatter fm = split("---\nname: A\nowner: B\n---\n# Why\n\nBecause.\n").orElseThrow();

        assertEquals("name: A\nowner: B", fm.yaml());
        assertEquals("# Why\n\nBecause.\n", fm.body());
        assertTrue(problems.isEmpty());
    }

    @Test
    void acceptsAnEmptyFrontMatterAndAFileEndingAtTheClosingLine() {
        assertEquals(new FrontMatter("", "body\n"), split("---\n---\nbody\n").orElseThrow());
        assertEquals(new FrontMatter("name: A", ""), split("---\nname: A\n---").orElseThrow());
        assertEquals(new FrontMatter("name: A", ""), split("---\nname: A\n---\n").orElseThrow());
    }

    @Test
    void stopsAtTheFirstClosingLineSoTheBodyMayContainRules() {
        FrontMatter fm = split("---\nname: A\n---\nabove\n---\nbelow\n").orElseThrow();

        assertEquals("name: A", fm.yaml());
        assertEquals("above\n---\nbelow\n", fm.body());
    }

    @Test
    void reportsAFileWithoutOpeningLineAtLineOne() {
        assertTrue(split("name: A\n---\n").isEmpty());

        assertEquals(List.of("BSC002 objectives/o.md:1"), ProblemLines.of(problems));
    }

    @Test
    void reportsAFrontMatterThatIsNeverClosed() {
        assertTrue(split("---\nname: A\n\nText\n").isEmpty());
        assertTrue(split("---").isEmpty());

        assertEquals(List.of("BSC002 objectives/o.md:1", "BSC002 objectives/o.md:1"), ProblemLines.of(problems));
    }

    @Test
    void yamlProblemsAreReportedAtTheirLineInTheMarkdownFile() {
        FrontMatter fm = split("---\nname: A\nperspective: financial\nowner: [x\n---\nBody\n").orElseThrow();

        new YamlReader(LoadLimits.DEFAULTS).parse(fm.yaml(), "objectives/o.md", FrontMatter.YAML_LINE_OFFSET, problems::add);

        assertEquals(1, problems.size());
        assertEquals("BSC001", problems.get(0).code().code());
        assertEquals(4, problems.get(0).position().line(), "the unclosed bracket opens on line 4 of the file");
    }

    @Test
    void keyLinesInTheFrontMatterAreLinesOfTheMarkdownFile() {
        FrontMatter fm = split("---\nname: A\nperspective: financial\nownr: x\n---\n").orElseThrow();
        YamlReader yaml = new YamlReader(LoadLimits.DEFAULTS);

        yaml.parse(fm.yaml(), "objectives/o.md", FrontMatter.YAML_LINE_OFFSET, problems::add)
                .flatMap(node -> Fields.open(node, "objectives/o.md", FrontMatter.YAML_LINE_OFFSET, "an objective",
                        ElementReaders.OBJECTIVE_KEYS, problems::add));

        assertEquals(List.of("BSC005 objectives/o.md:4"), ProblemLines.of(problems));
    }
}
