package dev.bscportal.core.validate;

import dev.bscportal.core.load.LoadLimits;
import dev.bscportal.core.load.ParsedFiles;
import dev.bscportal.core.load.StrategyLoader;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.score.ScoreMemo;
import dev.bscportal.core.score.Scoring;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ScorecardChecks} runs a per-scorecard rule again only on the scorecards whose own elements, as-of period or
 * measure results changed, and what the validator lists is what a validator without it lists. The strategy is read as
 * a preview reads it after each save (one {@link ParsedFiles} and {@link ScoreMemo} for the session); a counting rule
 * beside the standard ones tells which scorecards were looked at.
 */
class ScorecardChecksTest {

    /** Reports each objective without an owner, and records which scorecards it was run on. */
    static final class CountingRule implements ScorecardRule {
        final Set<String> ranOn = new TreeSet<>();

        @Override
        public Set<ProblemCode> codes() {
            return EnumSet.of(ProblemCode.ISOLATED_OBJECTIVE);
        }

        @Override
        public void check(OwnScorecard own, Consumer<Problem> report) {
            ranOn.add(own.scorecard().path());
            for (Objective o : own.scorecard().objectives()) {
                if (o.drives().isEmpty()) {
                    report.accept(Problem.of(ProblemCode.ISOLATED_OBJECTIVE, o.origin().at(), "counted " + o.id()));
                }
            }
        }
    }

    @TempDir
    Path dir;

    private Path strategy;
    private final ParsedFiles parsed = new ParsedFiles();
    private final ScoreMemo scores = new ScoreMemo();
    private final ScorecardChecks checks = new ScorecardChecks();
    private CountingRule counting;

    @BeforeEach
    void copy() throws IOException {
        strategy = TreeCopy.copy(Path.of("../example-strategy/src/strategy"), dir.resolve("strategy"));
        assertEquals(Set.of("", "operations", "sales"), checkAgain().ranOn, "the first check runs the rule on every scorecard");
    }

    @Test
    void givenNothingChanged_whenCheckedAgain_thenNoPerScorecardRuleRunsAndTheProblemsAreThoseOfACheckWithoutMemo() throws IOException {
        assertEquals(Set.of(), checkAgain().ranOn);
    }

    @Test
    void givenOneUnitsObjectiveRenamed_whenCheckedAgain_thenTheRulesRunOnThatUnitAlone() throws IOException {
        Path objective = strategy.resolve("units/sales/objectives/fill-pipeline.md");
        edit(objective, "(?m)^name: (.+)$", "name: Fill the pipeline faster");

        assertEquals(Set.of("sales"), checkAgain().ranOn);
    }

    @Test
    void givenAUnitsMeasurementChanged_whenCheckedAgain_thenTheRulesRunOnThatUnitAloneWithItsNewResults() throws IOException {
        edit(strategy.resolve("units/sales/measurements/sales.csv"), "pipeline-value,2024-12,8.5,", "pipeline-value,2024-12,0.5,");

        assertEquals(Set.of("sales"), checkAgain().ranOn);
    }

    @Test
    void givenTheCompanysDefaultPerspectivesReplaced_whenCheckedAgain_thenTheUnitsThatInheritThemAreCheckedAgain() throws IOException {
        Path head = strategy.resolve("strategy.yaml");
        Files.writeString(head, Files.readString(head) + "\nperspectives:\n  - id: financial\n    name: Money\n  - id: customer\n"
                + "    name: Customers\n  - id: internal\n    name: Processes\n  - id: learning\n    name: People\n");

        assertEquals(Set.of("", "operations", "sales"), checkAgain().ranOn, "units inherit the company's perspectives");
    }

    @Test
    void givenTheAsOfPeriodMoved_whenCheckedAgain_thenEveryScorecardIsCheckedAgain() throws IOException {
        edit(strategy.resolve("strategy.yaml"), "(?m)^as-of: .+$", "as-of: 2026-06");

        assertEquals(Set.of("", "operations", "sales"), checkAgain().ranOn);
    }

    @Test
    void givenManyEditsOfOneUnit_whenCheckedAfterEach_thenTheMemoHoldsAtMostTwoChecksOfResults() throws IOException {
        Path objective = strategy.resolve("units/sales/objectives/fill-pipeline.md");
        int rules = StandardRules.all().size() + 1;
        for (int i = 0; i < 20; i++) {
            edit(objective, "(?m)^name: (.+)$", "name: Fill the pipeline " + i);
            checkAgain();
            // three scorecards, one rule result each per rule, and the edited unit's result of the check before
            assertTrue(checks.size() <= rules * 4, "after edit " + i + ": " + checks.size());
        }
    }

    /** Checks the strategy as it is now with the memo and a new counting rule, and without any memo; both must agree. */
    private CountingRule checkAgain() throws IOException {
        counting = new CountingRule();
        List<Rule> rules = new ArrayList<>(StandardRules.all());
        rules.add(counting);
        checks.next();
        scores.next();
        Strategy loaded = new StrategyLoader(LoadLimits.DEFAULTS, parsed).load(strategy).strategy().orElseThrow();
        ValidationContext context = new ValidationContext(loaded, Scoring.score(loaded, scores));
        List<Problem> kept = new StrategyValidator(rules, ValidationOptions.DEFAULTS, checks).validate(context);

        Strategy fresh = new StrategyLoader().load(strategy).strategy().orElseThrow();
        List<Rule> freshRules = new ArrayList<>(StandardRules.all());
        freshRules.add(new CountingRule());
        List<Problem> without = new StrategyValidator(freshRules, ValidationOptions.DEFAULTS)
                .validate(new ValidationContext(fresh, Scoring.score(fresh)));
        assertEquals(without, kept);
        assertTrue(kept.stream().anyMatch(p -> p.message().startsWith("counted ")), "the counting rule's problems are listed");
        return counting;
    }

    private static void edit(Path file, String regex, String replacement) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String edited = text.replaceFirst(regex, replacement);
        assertTrue(!edited.equals(text), "the edit applies to " + file);
        Files.writeString(file, edited, StandardCharsets.UTF_8);
    }
}
