package dev.bscportal.core.validate;

import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs every rule over a strategy and returns all problems at once, in reading order. A {@link ScorecardRule}'s
 * findings in a scorecard that did not change since an earlier check are taken from {@link ScorecardChecks}; the
 * problems and their order are the same either way.
 */
public final class StrategyValidator {

    private final List<Rule> rules;
    private final ValidationOptions options;
    private final ScorecardChecks checks;

    public StrategyValidator(List<Rule> rules, ValidationOptions options) {
        this(rules, options, ScorecardChecks.none());
    }

    /** A validator that keeps what its per-scorecard rules found in {@code checks} (a preview keeps it between checks). */
    public StrategyValidator(List<Rule> rules, ValidationOptions options, ScorecardChecks checks) {
        this.rules = List.copyOf(rules);
        this.options = options;
        this.checks = checks;
    }

    public List<Problem> validate(ValidationContext context) {
        List<Problem> problems = new ArrayList<>();
        Consumer<Problem> report = problem -> {
            if (!options.disabled().contains(problem.code())) {
                problems.add(problem);
            }
        };
        List<OwnScorecard> scorecards = null;
        for (Rule rule : rules) {
            if (options.disabled().containsAll(rule.codes())) {
                continue;
            }
            if (rule instanceof ScorecardRule perScorecard) {
                if (scorecards == null) {
                    scorecards = ownScorecards(context);
                }
                for (OwnScorecard scorecard : scorecards) {
                    checks.problems(perScorecard, scorecard).forEach(report);
                }
            } else {
                rule.check(context, report);
            }
        }
        problems.sort(Problem.READING_ORDER);
        return List.copyOf(problems);
    }

    private List<OwnScorecard> ownScorecards(ValidationContext context) {
        List<OwnScorecard> result = new ArrayList<>();
        for (Scorecard scorecard : context.strategy().allScorecards()) {
            result.add(checks.kept(OwnScorecard.of(scorecard, context.scores().of(scorecard))));
        }
        return result;
    }
}
