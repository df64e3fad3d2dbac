package dev.bscportal.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The whole engine (loader, scoring, validation) on the valid corpus base strategy with one file replaced
 * or added by the fuzzer. The input's first byte picks the file (see {@link #FILES}), the rest is its content.
 */
class StrategyFuzzTest {

    static final Path BASE = Path.of("src/test/resources/bad/_base");

    /** '0' replaces strategy.yaml; the others add a file next to the base strategy's own. */
    static final List<String> FILES = List.of("strategy.yaml", "measures/x.yaml", "objectives/x.md",
            "measurements/x.csv", "initiatives/x.md", "okrs/2026-Q3.yaml", "reviews/2026-Q3.md");

    @TempDir
    Path work;

    private Path strategy;
    private final Map<String, Integer> baseLines = new TreeMap<>();
    private byte[] baseStrategyYaml;

    @BeforeEach
    void copyBase() throws IOException {
        strategy = work.resolve("strategy");
        try (Stream<Path> files = Files.walk(BASE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String relative = BASE.relativize(f).toString().replace('\\', '/');
                if (relative.equals("README.md")) {
                    continue;
                }
                Path target = strategy.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                baseLines.put(relative, ProblemInvariants.lines(Files.readAllBytes(f)));
            }
        }
        baseStrategyYaml = Files.readAllBytes(strategy.resolve("strategy.yaml"));
        for (String file : FILES) {
            Files.createDirectories(strategy.resolve(file).getParent());
        }
    }

    /**
     * Whatever one file holds, the check ends in a model or in the project's problem list: no exception,
     * no catch-all "could not be read" for a bug, and every problem at a line of an input file.
     */
    @Timeout(10)
    @FuzzTest
    void anyFileEndsInAModelOrProblems(byte[] input) throws IOException {
        FuzzInput fuzz = FuzzInput.of(input, FILES.size());
        String file = FILES.get(fuzz.choice());
        Path written = strategy.resolve(file);
        Files.write(written, fuzz.content());
        try {
            CheckResult result = new StrategyChecker(CheckOptions.DEFAULTS).check(strategy);

            Map<String, Integer> lines = new TreeMap<>(baseLines);
            lines.put(file, ProblemInvariants.lines(fuzz.content()));
            ProblemInvariants.assertWellFormed(result.problems(), lines);
            for (Problem p : result.problems()) {
                assertFalse(p.code() == ProblemCode.UNREADABLE_FILE && p.position().file().isEmpty(),
                        "the loader caught an unexpected exception: " + p);
            }
        } finally {
            if (file.equals("strategy.yaml")) {
                Files.write(written, baseStrategyYaml);
            } else {
                Files.delete(written);
            }
        }
    }
}
