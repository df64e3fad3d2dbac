package dev.bscportal.core.sheets;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The strategy both sheet goals work on: only one that passes the check, as a build would see it. */
final class CheckedStrategy {

    private CheckedStrategy() {
    }

    /** The checked strategy of {@code strategyDirectory}; empty after adding why not (its errors) to {@code problems}. */
    static Optional<Strategy> read(Path strategyDirectory, List<Problem> problems) {
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(strategyDirectory);
        if (checked.strategy().isPresent() && checked.errors().isEmpty()) {
            return checked.strategy();
        }
        problems.addAll(checked.errors());
        if (problems.isEmpty()) {
            problems.add(Problem.of(ProblemCode.MISSING_STRATEGY, SourcePosition.file("strategy.yaml"), "The strategy could not be read."));
        }
        return Optional.empty();
    }
}
