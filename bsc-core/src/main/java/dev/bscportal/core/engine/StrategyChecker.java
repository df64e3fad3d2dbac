package dev.bscportal.core.engine;

import dev.bscportal.core.calc.Calculations;
import dev.bscportal.core.load.LoadResult;
import dev.bscportal.core.load.ParsedFiles;
import dev.bscportal.core.load.StrategyLoader;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.score.ScoreMemo;
import dev.bscportal.core.score.Scoring;
import dev.bscportal.core.score.StrategyScores;
import dev.bscportal.core.validate.ScorecardChecks;
import dev.bscportal.core.validate.StandardRules;
import dev.bscportal.core.validate.StrategyValidator;
import dev.bscportal.core.validate.ValidationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Loads, calculates, scores and validates a strategy directory: load → model → calculate → score → validate. */
public final class StrategyChecker {

    private final CheckOptions options;
    private final StrategyValidator validator;

    private final ParsedFiles parsed;
    private final ScoreMemo scoreMemo;

    public StrategyChecker(CheckOptions options) {
        this(options, new ParsedFiles());
    }

    /** A checker whose load keeps what it read in {@code parsed}, for a second load in the same build to reuse. */
    public StrategyChecker(CheckOptions options, ParsedFiles parsed) {
        this(options, parsed, ScoreMemo.none());
    }

    /**
     * A checker that also takes the results of measures whose inputs are unchanged from {@code scoreMemo} (a preview
     * keeps both between rebuilds).
     */
    public StrategyChecker(CheckOptions options, ParsedFiles parsed, ScoreMemo scoreMemo) {
        this(options, parsed, scoreMemo, ScorecardChecks.none());
    }

    /**
     * A checker that also takes what the per-scorecard rules found in a scorecard that did not change from
     * {@code checks}; the rules that look across scorecards run on the whole strategy every time.
     */
    public StrategyChecker(CheckOptions options, ParsedFiles parsed, ScoreMemo scoreMemo, ScorecardChecks checks) {
        this.parsed = parsed;
        this.scoreMemo = scoreMemo;
        this.options = options;
        this.validator = new StrategyValidator(StandardRules.all(), options.validationOptions(), checks);
    }

    /** Checks the directory; never throws for anything found in it. */
    public CheckResult check(Path strategyDirectory) {
        LoadResult loaded = new StrategyLoader(options.limits(), parsed).load(strategyDirectory);
        List<Problem> problems = new ArrayList<>(keepEnabled(loaded.problems()));
        Optional<StrategyScores> scores = Optional.empty();
        // load -> calculate (calculated measures get their values) -> score -> validate
        Optional<Strategy> calculated = loaded.strategy().map(Calculations::apply);
        if (calculated.isPresent()) {
            Strategy strategy = calculated.get();
            StrategyScores computed = Scoring.score(strategy, scoreMemo);
            scores = Optional.of(computed);
            problems.addAll(validator.validate(new ValidationContext(strategy, computed)));
            // sources/*.yaml are checked here (never run: only bsc:fetch runs them)
            java.util.Set<String> measureIds = new java.util.TreeSet<>();
            strategy.company().measures().forEach(m -> measureIds.add(m.id()));
            problems.addAll(keepEnabled(new dev.bscportal.core.load.SourceReader(options.limits())
                    .read(strategyDirectory, measureIds).problems()));
            problems.addAll(keepEnabled(dev.bscportal.core.load.SourceReader.unitSources(strategyDirectory, strategy)));
        }
        problems.removeIf(loaded::isIgnored);
        List<Problem> unique = new ArrayList<>(new LinkedHashSet<>(problems));
        unique.sort(Problem.READING_ORDER);
        return new CheckResult(calculated, scores, unique, options.failOnWarnings());
    }

    private List<Problem> keepEnabled(List<Problem> problems) {
        return problems.stream()
                .filter(p -> CheckOptions.ALWAYS_ON.contains(p.code()) || !options.disabled().contains(p.code()))
                .toList();
    }
}
