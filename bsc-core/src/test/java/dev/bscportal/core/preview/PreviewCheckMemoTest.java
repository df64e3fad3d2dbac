package dev.bscportal.core.preview;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.files.FileTrees;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.site.IncrementalEditsTest;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.SameFiles;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A preview session keeps what the per-scorecard rules found in each scorecard ({@code validate.ScorecardChecks}) and
 * the measure results ({@code score.ScoreMemo}) between checks. Whatever it kept, each check must list exactly the
 * problems of a check without memos, in the same order, and each site it writes must be byte for byte what a render
 * without memos writes: for edits that add and remove problems one after the other (a link that breaks and is
 * repaired, a cycle, a measurement of no measure, a perspective the units inherit, a deleted file, a new unit, the as-of
 * period), on four strategies.
 */
class PreviewCheckMemoTest {

    private static final Map<String, Path> FIXTURES = IncrementalEditsTest.FIXTURES;
    private static final String UNIT = "units/copy";

    @TempDir
    static Path shared;

    private static MapLayout layout;

    @TempDir
    Path dir;

    /** One edit; false when the strategy has nothing it changes. */
    private interface Edit {
        boolean apply(Path strategy) throws IOException;
    }

    /** Texts as they were before an edit, so that a later edit can repair it. */
    private final Map<Path, String> before = new HashMap<>();

    @BeforeAll
    static void graphviz() {
        layout = Dot.cached(shared.resolve("map-cache"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"example", "public-sector", "airline", "sparse"})
    void givenEditsThatBreakAndRepairTheStrategyInARow_whenOnePreviewSessionChecksAfterEach_thenProblemsAndSitesAreThoseOfABuildWithoutMemos(
            String fixture) throws Exception {
        // given one preview session of a strategy
        Path strategy = TreeCopy.copy(FIXTURES.get(fixture), dir.resolve("src/strategy"));
        PreviewBuild session = MemolessBuild.session(layout, strategy, SiteOptions.defaults(), dir.resolve("session"));
        assertEquals(new StrategyChecker(CheckOptions.DEFAULTS).check(strategy).problems(), session.run().problems());

        // when the author makes each edit, one after the other, and the session checks (and builds) after each
        List<String> made = new ArrayList<>();
        int failed = 0;
        int built = 0;
        for (var edit : edits().entrySet()) {
            if (!edit.getValue().apply(strategy)) {
                continue;
            }
            made.add(edit.getKey());
            PreviewBuild.Outcome outcome = session.run();

            // then it lists the problems of a check without memos, in the same order, and builds the same site
            CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(strategy);
            assertEquals(describe(checked.problems()), describe(outcome.problems()), "after " + made);
            assertEquals(checked.problems(), outcome.problems(), "after " + made);
            assertEquals(!checked.failsBuild(), outcome.succeeded(), "after " + made + ": " + outcome.problems());
            if (outcome.succeeded()) {
                built++;
                SameFiles.assertSame(withoutMemo(checked), outcome.site().orElseThrow());
            } else {
                failed++;
            }
        }
        assertTrue(made.size() >= 12, "most edits apply to " + fixture + ": " + made);
        assertTrue(failed >= 3 && built >= 5, "edits both stop and repair the build: " + failed + " stopped, " + built + " built");
    }

    private Map<String, Edit> edits() {
        Map<String, Edit> edits = new LinkedHashMap<>();
        edits.put("a new unit inheriting the company's perspectives", s -> {
            Path unit = Files.createDirectories(s.resolve(UNIT));
            // the company's themes and as-of, its perspectives left out (the unit inherits them)
            Files.writeString(unit.resolve("strategy.yaml"), read(s.resolve("strategy.yaml"))
                    .replaceAll("(?m)^name: .*$", "name: Copy unit").replaceAll("(?m)^perspectives:\n(?:[ -].*\n)*", ""));
            for (String folder : List.of("objectives", "measures", "measurements")) {
                if (Files.isDirectory(s.resolve(folder))) {
                    TreeCopy.copy(s.resolve(folder), unit.resolve(folder));
                }
            }
            return true;
        });
        edits.put("a unit's measurement value", s -> firstFile(s.resolve(UNIT + "/measurements"), ".csv")
                .map(f -> replaceFirst(f, "(?m)^([a-z0-9-]+,[0-9]{4}[^,]*,)(-?[0-9]+)", m -> m.group(1) + (Long.parseLong(m.group(2)) + 7)))
                .orElse(false));
        edits.put("a measurement of no measure", s -> firstFile(s.resolve(UNIT + "/measurements"), ".csv")
                .map(f -> write(f, read(f) + "no-such-measure,2026-01,1,\n")).orElse(false));
        edits.put("the measurement removed", this::restoreAll);
        edits.put("an objective's name", s -> firstFile(s.resolve("objectives"), ".md")
                .map(f -> replaceFirst(f, "(?m)^name: (.+)$", m -> "name: " + m.group(1) + " (renamed)")).orElse(false));
        edits.put("a drives link that breaks", s -> firstFile(s.resolve(UNIT + "/objectives"), ".md")
                .map(f -> setDrives(f, "[no-such-objective]")).orElse(false));
        edits.put("the broken link repaired", this::restoreAll);
        edits.put("a drives cycle in the unit", s -> {
            List<Path> two = files(s.resolve(UNIT + "/objectives"), ".md").stream().limit(2).toList();
            return two.size() == 2 && setDrives(two.get(0), "[" + id(two.get(1)) + "]") && setDrives(two.get(1), "[" + id(two.get(0)) + "]");
        });
        edits.put("the cycle repaired", this::restoreAll);
        edits.put("a perspective the units inherit taken away", s -> {
            Path head = s.resolve("strategy.yaml");
            String text = read(head);
            if (text.contains("\nperspectives:")) {
                return replaceFirst(head, "(?m)^  - id: ([a-z0-9-]+)$", m -> "  - id: " + m.group(1) + "-renamed");
            }
            return write(head, text + "\nperspectives:\n  - id: financial\n    name: Financial\n  - id: customer\n    name: Customer\n"
                    + "  - id: internal\n    name: Internal processes\n");
        });
        edits.put("the perspective given back", this::restoreAll);
        edits.put("a unit's measure file deleted", s -> firstFile(s.resolve(UNIT + "/measures"), ".yaml").map(this::delete).orElse(false));
        edits.put("the measure file given back", this::restoreAll);
        edits.put("a unit's measure target removed", s -> files(s.resolve(UNIT + "/measures"), ".yaml").stream()
                .filter(f -> read(f).contains("\ntarget: ")).findFirst()
                .map(f -> replaceFirst(f, "(?m)^target: .*\\n", m -> "")).orElse(false));
        edits.put("an initiative's owner blanked", s -> firstFile(s.resolve("initiatives"), ".md")
                .map(f -> replaceFirst(f, "(?m)^owner: .+$", m -> "owner: \"\"")).orElse(false));
        edits.put("a unit objective's supports broken", s -> {
            try (Stream<Path> all = Files.walk(s.resolve("units"))) {
                return all.filter(f -> f.toString().endsWith(".md") && f.getParent().getFileName().toString().equals("objectives"))
                        .filter(f -> read(f).contains("\nsupports: ")).sorted().findFirst()
                        .map(f -> replaceFirst(f, "(?m)^supports: .+$", m -> "supports: [no-such-parent]")).orElse(false);
            }
        });
        edits.put("the supports repaired", this::restoreAll);
        edits.put("the as-of period moved", s -> {
            Path head = s.resolve("strategy.yaml");
            String text = read(head);
            return text.contains("\nas-of: ") ? replaceFirst(head, "(?m)^as-of: .+\\n", m -> "")
                    : write(head, text + "\nas-of: 2025-Q4\n");
        });
        edits.put("a unit's objective deleted", s -> firstFile(s.resolve(UNIT + "/objectives"), ".md").map(this::delete).orElse(false));
        edits.put("the objective given back", this::restoreAll);
        edits.put("the unit deleted", s -> {
            FileTrees.deleteQuietly(s.resolve(UNIT));
            return true;
        });
        return edits;
    }

    /** Sets an objective's drives arrows (the line, or a new one after the front matter's first line). */
    private boolean setDrives(Path objective, String drives) {
        String text = read(objective);
        if (Pattern.compile("(?m)^drives: .*$").matcher(text).find()) {
            return replaceFirst(objective, "(?m)^drives: .*$", m -> "drives: " + drives);
        }
        return replaceFirst(objective, "\\A---\\n", m -> "---\ndrives: " + drives + "\n");
    }

    private boolean replaceFirst(Path file, String regex, java.util.function.Function<Matcher, String> with) {
        String text = read(file);
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            return false;
        }
        return write(file, text.substring(0, m.start()) + with.apply(m) + text.substring(m.end()));
    }

    private boolean write(Path file, String text) {
        before.putIfAbsent(file, read(file));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private boolean delete(Path file) {
        before.putIfAbsent(file, read(file));
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /** Puts every file edited since the last repair back as it was. */
    private boolean restoreAll(Path strategy) throws IOException {
        for (var file : before.entrySet()) {
            Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
        }
        boolean any = !before.isEmpty();
        before.clear();
        return any;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Optional<Path> firstFile(Path folder, String suffix) throws IOException {
        return files(folder, suffix).stream().findFirst();
    }

    private static String id(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The site a renderer without any memo (and without a site before it) writes. */
    private Path withoutMemo(CheckResult checked) throws Exception {
        return MemolessBuild.site(layout, checked, SiteOptions.defaults(), dir);
    }

    private static List<String> describe(List<Problem> problems) {
        return MemolessBuild.describe(problems);
    }
}
