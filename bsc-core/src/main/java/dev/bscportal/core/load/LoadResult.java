package dev.bscportal.core.load;

import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.problem.Problem;

import java.util.List;
import java.util.Optional;

/**
 * The strategy as far as it could be read, and every problem found reading it. The strategy is absent
 * only when the directory or its strategy.yaml cannot be read; elements whose files failed are left out.
 */
public record LoadResult(Optional<Strategy> strategy, List<Problem> problems) {

    public LoadResult {
        problems = problems.stream().sorted(Problem.READING_ORDER).toList();
    }
}
