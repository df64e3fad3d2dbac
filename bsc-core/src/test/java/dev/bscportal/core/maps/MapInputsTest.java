package dev.bscportal.core.maps;

import dev.bscportal.core.load.LoadLimits;
import dev.bscportal.core.load.ParsedFiles;
import dev.bscportal.core.load.StrategyLoader;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.model.Theme;
import dev.bscportal.core.presentation.SitePaths;
import dev.bscportal.core.score.Scoring;
import dev.bscportal.core.score.StrategyScores;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DOT of a scorecard's map is kept between builds by {@link MapInputs} ({@link MapMemo#source}). An unchanged
 * strategy read again writes no map's DOT; an edit writes the maps of the scorecards it shows on, and the DOT kept for
 * equal inputs is what {@link StrategyMapDot} writes from scratch.
 */
class MapInputsTest {

    @TempDir
    Path dir;

    private Path strategy;
    private final ParsedFiles parsed = new ParsedFiles();
    private final MapMemo memo = new MapMemo();
    private final StrategyMapDot dot = new StrategyMapDot(StrategyMapDotTest.english());
    /** Every map drawn last time. */
    private final Set<String> drawn = new TreeSet<>();

    @BeforeEach
    void copy() throws IOException {
        strategy = TreeCopy.copy(Path.of("../example-strategy/src/strategy"), dir.resolve("strategy"));
        Set<String> first = drawnAgain();
        assertEquals(drawn, first, "the first build writes every map");
        assertTrue(first.size() >= 3 && first.stream().anyMatch(path -> path.contains("theme-")), first.toString());
    }

    @Test
    void givenNothingChanged_whenTheMapsAreDrawnAgain_thenNoDotIsWritten() throws IOException {
        assertEquals(Set.of(), drawnAgain());
    }

    @Test
    void givenAUnitObjectiveRenamed_whenTheMapsAreDrawnAgain_thenOnlyThatUnitsMapsAreWritten() throws IOException {
        edit(strategy.resolve("units/sales/objectives/fill-pipeline.md"), "(?m)^name: (.+)$", "name: Fill the pipeline faster");

        Set<String> written = drawnAgain();
        assertTrue(written.contains("units/sales/maps/strategy-map"), written.toString());
        assertTrue(written.stream().allMatch(path -> path.startsWith("units/sales/")), written.toString());
    }

    @Test
    void givenAMeasurementThatChangesAnObjectivesStatus_whenTheMapsAreDrawnAgain_thenTheMapsShowingItAreWritten() throws IOException {
        // the latest value of a measure far below its threshold: its objective turns off target
        edit(strategy.resolve("units/sales/measurements/sales.csv"), "value-selling-certified,2026-Q3,41,", "value-selling-certified,2026-Q3,0,");

        Set<String> written = drawnAgain();
        assertTrue(written.contains("units/sales/maps/strategy-map"), written.toString());
        assertTrue(!written.contains("units/operations/maps/strategy-map"), written.toString());
    }

    @Test
    void givenAThemeMapAndTheStrategyMapOfOneScorecard_whenTheirInputsAreCompared_thenTheyDiffer() throws IOException {
        Strategy s = load();
        Scorecard company = s.company();
        StrategyScores scores = Scoring.score(s);
        Theme theme = company.themes().get(0);
        assertNotEquals(dot.scorecardInputs(company, scores.of(company), ""), dot.themeInputs(company, scores.of(company), "", theme));
    }

    /** Draws every scorecard and theme map through the memo; the site paths of those whose DOT was written now. */
    private Set<String> drawnAgain() throws IOException {
        memo.next();
        Strategy s = load();
        StrategyScores scores = Scoring.score(s);
        Set<String> written = new TreeSet<>();
        Map<String, MapInputs> all = new LinkedHashMap<>();
        for (Scorecard scorecard : s.allScorecards()) {
            String prefix = SitePaths.prefix(scorecard);
            all.put(SitePaths.map(scorecard, "strategy-map"), dot.scorecardInputs(scorecard, scores.of(scorecard), prefix));
            for (Theme theme : scorecard.themes()) {
                all.put(SitePaths.map(scorecard, "theme-" + theme.id()), dot.themeInputs(scorecard, scores.of(scorecard), prefix, theme));
            }
        }
        drawn.clear();
        drawn.addAll(all.keySet());
        List<String> differ = new ArrayList<>();
        all.forEach((path, inputs) -> {
            MapSource kept = memo.source(inputs, in -> {
                written.add(path);
                return StrategyMapDot.map(in);
            });
            // what is kept is what is written from scratch
            if (!kept.equals(StrategyMapDot.map(inputs))) {
                differ.add(path);
            }
        });
        assertEquals(List.of(), differ);
        return written;
    }

    private Strategy load() {
        return new StrategyLoader(LoadLimits.DEFAULTS, parsed).load(strategy).strategy().orElseThrow();
    }

    private static void edit(Path file, String regex, String replacement) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String edited = text.replaceFirst(regex, replacement);
        assertNotEquals(text, edited, "the edit applies to " + file);
        Files.writeString(file, edited, StandardCharsets.UTF_8);
    }
}
