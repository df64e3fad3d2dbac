package dev.bscportal.core.fetch;

import dev.bscportal.core.problem.Problem;

import java.util.List;

/**
 * What a fetch did: one outcome per source file (sorted by file), and the problems that kept it from starting or
 * refused source files (their validation errors).
 */
public record FetchReport(List<SourceOutcome> outcomes, List<Problem> problems) {

    public FetchReport {
        outcomes = List.copyOf(outcomes);
        problems = problems.stream().sorted(Problem.READING_ORDER).toList();
    }

    /** True when every source was fetched and no source file was refused. */
    public boolean succeeded() {
        return problems.stream().noneMatch(Problem::isError)
                && outcomes.stream().noneMatch(o -> o.state() == SourceOutcome.State.FAILED);
    }

    /** Every error: the refused source files' and each failed source's, in reading order. */
    public List<Problem> errors() {
        List<Problem> all = new java.util.ArrayList<>(problems.stream().filter(Problem::isError).toList());
        all.addAll(SourceOutcome.problems(outcomes));
        all.sort(Problem.READING_ORDER);
        return all;
    }
}
