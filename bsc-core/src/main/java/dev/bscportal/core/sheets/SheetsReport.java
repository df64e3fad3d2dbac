package dev.bscportal.core.sheets;

import dev.bscportal.core.problem.Problem;

import java.util.List;

/**
 * What {@code bsc:sheets} or {@code bsc:import} did: {@code lines} say it for the log (a workbook written, a file
 * updated), {@code problems} are the errors that stopped it and the warnings it gave.
 */
public record SheetsReport(List<String> lines, List<Problem> problems) {

    public SheetsReport {
        lines = List.copyOf(lines);
        problems = problems.stream().sorted(Problem.READING_ORDER).toList();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public boolean succeeded() {
        return errors().isEmpty();
    }
}
