package dev.bscportal.core.testing;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A strategy directory written file by file in a test, starting from a small valid four-objective
 * strategy (l1 -> p1 -> c1 -> f1, one measure each, data to 2026-09, an active initiative).
 */
public final class StrategyDir {

    private final Path root;

    private StrategyDir(Path root) {
        this.root = root;
    }

    public static StrategyDir empty(Path root) {
        return new StrategyDir(root);
    }

    public static StrategyDir valid(Path root) {
        StrategyDir dir = new StrategyDir(root);
        dir.write("strategy.yaml", """
                name: Test Company
                mission: Make tests pass.
                themes:
                  - id: growth
                    name: Growth
                """);
        dir.objective("f1", "financial", "[]");
        dir.objective("c1", "customer", "[f1]");
        dir.objective("p1", "internal", "[c1]");
        dir.objective("l1", "learning", "[p1]");
        dir.measure("revenue", "f1", "lagging", "higher-is-better", 80, 100, 120);
        dir.measure("nps", "c1", "lagging", "higher-is-better", 20, 30, 40);
        dir.measure("defects", "p1", "leading", "lower-is-better", 10, 5, 2);
        dir.measure("training", "l1", "leading", "higher-is-better", 4, 8, 12);
        dir.write("measurements/actuals.csv", """
                measure,period,value
                revenue,2026-08,100
                revenue,2026-09,104
                nps,2026-08,31
                nps,2026-09,32
                defects,2026-08,6
                defects,2026-09,4
                training,2026-08,7
                training,2026-09,9
                """);
        dir.write("initiatives/academy.md", """
                ---
                name: Academy
                owner: Lars
                status: active
                objectives: [l1]
                ---
                Train everyone.
                """);
        return dir;
    }

    public StrategyDir objective(String id, String perspective, String drives) {
        return write("objectives/" + id + ".md", """
                ---
                name: Objective %s
                perspective: %s
                owner: Owner %s
                drives: %s
                ---
                Why %s matters.
                """.formatted(id, perspective, id, drives, id));
    }

    public StrategyDir measure(String id, String objective, String kind, String polarity,
            double threshold, double target, double stretch) {
        return write("measures/" + id + ".yaml", """
                name: Measure %s
                objective: %s
                kind: %s
                polarity: %s
                frequency: monthly
                threshold: %s
                target: %s
                stretch: %s
                """.formatted(id, objective, kind, polarity, threshold, target, stretch));
    }

    public StrategyDir write(String relative, String content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StrategyDir delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return root;
    }

    public CheckResult check() {
        return new StrategyChecker(CheckOptions.DEFAULTS).check(root);
    }

    /** The problems as {@code CODE file:line} lines, in reading order. */
    public List<String> problemLines() {
        return check().problems().stream().map(StrategyDir::line).toList();
    }

    public static String line(Problem p) {
        return p.code().code() + " " + (p.position().isCell() ? p.position().toString() : p.position().file() + ":" + p.position().line());
    }
}
