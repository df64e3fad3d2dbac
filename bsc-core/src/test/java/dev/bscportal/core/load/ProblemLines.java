package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;

import java.nio.file.Path;
import java.util.List;

/** Problems as the corpus writes them: {@code BSCnnn relative/file:line}, one per problem, in reported order. */
public final class ProblemLines {

    private ProblemLines() {
    }

    /** Loads {@code dir} with the default limits and returns its problems as lines. */
    public static List<String> load(Path dir) {
        return of(new StrategyLoader(LoadLimits.DEFAULTS).load(dir).problems());
    }

    public static List<String> of(List<Problem> problems) {
        return problems.stream().map(ProblemLines::line).toList();
    }

    public static String line(Problem p) {
        return p.code().code() + " " + p.position().file() + ":" + p.position().line();
    }
}
