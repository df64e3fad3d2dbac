package dev.bscportal.core.engine;

import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 'ignore: [...]' in one file silences those warnings for that file only; errors cannot be ignored. */
class FileIgnoreTest {

    @TempDir
    Path dir;

    /** Two objectives without measures: each gets BSC101. */
    private StrategyDir twoUnmeasured(String ignoreLineOfX) {
        StrategyDir strategy = StrategyDir.valid(dir);
        strategy.write("objectives/x.md", "---\nname: X\nperspective: customer\n" + ignoreLineOfX + "drives: [f1]\n---\nX.\n");
        strategy.write("objectives/y.md", "---\nname: Y\nperspective: customer\ndrives: [f1]\n---\nY.\n");
        return strategy;
    }

    @Test
    void aWarningIgnoredInFrontMatterIsSilencedForThatFileOnly() {
        // given objective x ignores BSC101, objective y does not
        List<String> lines = twoUnmeasured("ignore: [BSC101]\n").problemLines();

        // then x's BSC101 is gone, y's stays
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("BSC101 objectives/x.md")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("BSC101 objectives/y.md")), lines.toString());
    }

    @Test
    void codesAreReadIgnoringCaseAndAsASingleText() {
        List<String> lines = twoUnmeasured("ignore: bsc101\n").problemLines();

        assertFalse(lines.stream().anyMatch(l -> l.startsWith("BSC101 objectives/x.md")), lines.toString());
    }

    @Test
    void aWarningIgnoredInAYamlFileIsSilenced() {
        // given a measure without a target yet that says so on purpose
        StrategyDir strategy = StrategyDir.valid(dir).write("measures/nps.yaml", "name: NPS\nobjective: c1\nignore: [BSC118]\n");

        assertFalse(strategy.problemLines().contains("BSC118 measures/nps.yaml:1"), strategy.problemLines().toString());
    }

    @Test
    void strategyYamlCanIgnoreItsOwnWarnings() {
        // given strategy.yaml with a warning of its own, a comment that cut the mission short
        StrategyDir strategy = StrategyDir.valid(dir);
        strategy.write("strategy.yaml", "name: Test Company\nmission: Make tests pass # really\nignore: [BSC119]\n");

        assertFalse(strategy.problemLines().stream().anyMatch(l -> l.startsWith("BSC119")), strategy.problemLines().toString());
        strategy.write("strategy.yaml", "name: Test Company\nmission: Make tests pass # really\n");
        assertTrue(strategy.problemLines().contains("BSC119 strategy.yaml:2"), strategy.problemLines().toString());
    }

    @Test
    void anErrorCodeUnderIgnoreIsItselfAnErrorAndTheErrorStays() {
        // given a measure with inconsistent targets (BSC047) that tries to ignore the error
        StrategyDir strategy = StrategyDir.valid(dir).write("measures/nps.yaml",
                "name: NPS\nobjective: c1\nignore: [BSC047]\nthreshold: 40\ntarget: 30\n");

        List<String> lines = strategy.problemLines();

        assertTrue(lines.contains("BSC057 measures/nps.yaml:3"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("BSC047 measures/nps.yaml")), lines.toString());
        assertTrue(strategy.check().failsBuild());
    }

    @Test
    void aTextThatIsNoCodeIsReportedWithASuggestion() {
        StrategyDir strategy = StrategyDir.valid(dir).write("measures/nps.yaml",
                "name: NPS\nobjective: c1\nignore: [BSC11]\ntarget: 30\n");

        var problem = strategy.check().problems().stream().filter(p -> p.code().code().equals("BSC057")).findFirst().orElseThrow();

        assertEquals(3, problem.position().line());
        assertTrue(problem.message().contains("'BSC11'") && problem.message().contains("Did you mean"), problem.message());
    }
}
