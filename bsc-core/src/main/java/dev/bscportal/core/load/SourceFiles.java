package dev.bscportal.core.load;

import dev.bscportal.core.model.DataSource;
import dev.bscportal.core.problem.Problem;

import java.util.List;

/**
 * What reading {@code sources/*.yaml} gives: the sources that can be run, the files refused (each has an error among
 * {@code problems}) and every problem found.
 */
public record SourceFiles(List<DataSource> sources, List<String> refused, List<Problem> problems) {

    public SourceFiles {
        sources = List.copyOf(sources);
        refused = List.copyOf(refused);
        problems = problems.stream().sorted(Problem.READING_ORDER).toList();
    }
}
