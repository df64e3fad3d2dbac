package dev.bscportal.core.validate;

import dev.bscportal.core.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/** Runs every rule over a strategy and returns all problems at once, in reading order. */
public final class StrategyValidator {

    private final List<Rule> rules;
    private final ValidationOptions options;

    public StrategyValidator(List<Rule> rules, ValidationOptions options) {
        this.rules = List.copyOf(rules);
        this.options = options;
    }

    public List<Problem> validate(ValidationContext context) {
        List<Problem> problems = new ArrayList<>();
        for (Rule rule : rules) {
            if (options.disabled().containsAll(rule.codes())) {
                continue;
            }
            rule.check(context, problem -> {
                if (!options.disabled().contains(problem.code())) {
                    problems.add(problem);
                }
            });
        }
        problems.sort(Problem.READING_ORDER);
        return List.copyOf(problems);
    }
}
