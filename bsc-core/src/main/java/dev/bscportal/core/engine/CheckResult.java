package dev.bscportal.core.engine;

import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.score.StrategyScores;

import java.util.List;
import java.util.Optional;

/**
 * What a check found. The strategy and scores are present whenever strategy.yaml could be read, even
 * when there are errors, so callers can still show partial results; callers must not publish when
 * {@link #failsBuild()}.
 */
public record CheckResult(
        Optional<Strategy> strategy,
        Optional<StrategyScores> scores,
        List<Problem> problems,
        boolean failOnWarnings) {

    public CheckResult {
        problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** True when there is an error, or a warning while warnings count as failures. */
    public boolean failsBuild() {
        return !errors().isEmpty() || (failOnWarnings && !warnings().isEmpty()) || strategy.isEmpty();
    }
}
