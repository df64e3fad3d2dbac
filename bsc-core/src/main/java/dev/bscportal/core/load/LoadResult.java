package dev.bscportal.core.load;

import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * The strategy as far as it could be read, and every problem found reading it. The strategy is absent
 * only when the directory or its strategy.yaml cannot be read; elements whose files failed are left out.
 * {@code ignored} maps a file (as problems name it) to the warning codes its {@code ignore} key silences.
 */
public record LoadResult(Optional<Strategy> strategy, List<Problem> problems, Map<String, Set<ProblemCode>> ignored) {

    public LoadResult {
        problems = problems.stream().sorted(Problem.READING_ORDER).toList();
        ignored = Map.copyOf(ignored);
    }

    public LoadResult(Optional<Strategy> strategy, List<Problem> problems) {
        this(strategy, problems, Map.of());
    }

    /** True when {@code problem} is a warning that the file it is in says to ignore. */
    public boolean isIgnored(Problem problem) {
        return !problem.isError() && ignored.getOrDefault(problem.position().file(), Set.of()).contains(problem.code());
    }
}
