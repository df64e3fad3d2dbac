package dev.bscportal.core.load;

import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** BSC119: a ' #' comment that cut an unquoted text value short, in YAML files and in front matter. */
class CommentCutsTest {

    @TempDir
    Path dir;

    private List<String> warnings(String measureLine) {
        StrategyDir strategy = StrategyDir.valid(dir).write("measures/nps.yaml",
                "name: NPS\nobjective: c1\n" + measureLine + "\nthreshold: 20\ntarget: 30\n");
        return strategy.problemLines().stream().filter(l -> l.startsWith("BSC119")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "description: the goal is # 1 in the ranking",
            "description: the goal is #1.",
            "description: the goal is #1 # in the ranking",
            "description: we aim for the top\t# tab before the comment",
            "owner: Marco Ito # until March",
            "description: Aim #1",
            "kind: leading #lagging later",
    })
    void warnsWhenACommentCutATextValue(String line) {
        // when an unquoted text value is followed by a comment on its line
        // then the warning names the file and the line
        assertEquals(List.of("BSC119 measures/nps.yaml:3"), warnings(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "description: \"the goal is # 1 in the ranking\"",
            "description: 'the goal is # 1'",
            "description: rank#1 in the on-time ranking",
            "description: C#, F# and other languages",
            "decimals: 0 # whole points",
            "polarity: higher-is-better",
            "# a comment line of its own",
            "description: >-\n  the goal is #1.",
            // a deliberate note after an id or a choice, as bsc:init writes them
            "polarity: higher-is-better   # higher-is-better | lower-is-better",
            "kind: leading        # leading | lagging",
    })
    void staysQuietWhenNothingWasCut(String line) {
        // quoted values, '#' without a space before it (not a comment in YAML), a number with a comment after it,
        // a comment on its own line, a folded block
        assertEquals(List.of(), warnings(line));
    }

    @Test
    void aNewProjectFromBscInitHasNoCommentCutWarnings() throws Exception {
        // given the project bsc:init writes, whose YAML carries notes after ids and choices
        Path project = dir.resolve("new");
        dev.bscportal.core.scaffold.ProjectScaffold.write(project,
                new dev.bscportal.core.scaffold.ProjectScaffold.Settings("com.acme", "acme-strategy", "ACME Ltd", "0.1.0"));

        // then none of them is taken for cut text
        List<String> lines = StrategyDir.empty(project.resolve("src/strategy")).problemLines();
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("BSC119")), lines.toString());
    }

    @Test
    void warnsInFrontMatterAtTheLineOfTheFile() {
        // given an objective whose owner line carries a comment, on the file's fourth line
        StrategyDir strategy = StrategyDir.valid(dir).write("objectives/c1.md", """
                ---
                name: Objective c1
                perspective: customer
                owner: Owner c1 # interim
                drives: [f1]  # the arrow
                ---
                Why.
                """);

        List<String> lines = strategy.problemLines();

        assertTrue(lines.contains("BSC119 objectives/c1.md:4"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.equals("BSC119 objectives/c1.md:5")), "a comment after a flow list cut nothing");
    }

    @Test
    void saysWhatWasKeptAndWhatWasDropped() {
        StrategyDir strategy = StrategyDir.valid(dir).write("measures/nps.yaml",
                "name: NPS\nobjective: c1\ndescription: the goal is # 1\ntarget: 30\n");

        String message = strategy.check().problems().stream().filter(p -> p.code().code().equals("BSC119"))
                .findFirst().orElseThrow().message();

        assertTrue(message.contains("'description'") && message.contains("'# 1'") && message.contains("'the goal is'"), message);
    }
}
