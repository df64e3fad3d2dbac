package dev.bscportal.core.score;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.testing.NestedUnits;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The heatmap scores the strategy at the five periods before its as-of period; a measure whose values are all of its
 * own frequency takes each of those results from its as-of result instead of being scored anew. Whatever it takes, the
 * scores must be those of scoring anew, every measure, objective, perspective and scorecard, at every period: on every
 * fixture strategy, on units of units, and on measures with finer values rolled up (a sum only of ended periods).
 */
class EarlierScoresTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("dev.bscportal.core.testing.FixtureStrategies#all")
    void everyFixtureScoresAtTheEarlierPeriodsAsScoringAnewDoes(String fixture) {
        assertSameAsScoringAnew(StrategyDir.empty(Path.of(fixture)).check());
    }

    @Test
    void unitsOfUnitsScoreAtTheEarlierPeriodsAsScoringAnewDoes() throws IOException {
        assertSameAsScoringAnew(StrategyDir.empty(NestedUnits.create(dir.resolve("nested"))).check());
    }

    @Test
    void finerValuesRolledUpIntoAnUnfinishedPeriodScoreAsScoringAnewDoes() {
        // given quarterly measures with monthly values (a sum, an average, a last value) running into the as-of quarter,
        // weekly values of a monthly measure, and a yearly measure with one value
        StrategyDir strategy = StrategyDir.valid(dir.resolve("finer"))
                .write("measures/orders.yaml", "name: Orders\nobjective: f1\nfrequency: quarterly\naggregation: sum\n"
                        + "threshold: 200\ntarget: 300\nstretch: 400\n")
                .write("measures/wait.yaml", "name: Wait\nobjective: c1\nfrequency: quarterly\naggregation: average\n"
                        + "polarity: lower-is-better\nthreshold: 9\ntarget: 6\nstretch: 4\n")
                .write("measures/staff.yaml", "name: Staff\nobjective: l1\nfrequency: quarterly\naggregation: last\n"
                        + "threshold: 10\ntarget: 12\nstretch: 14\n")
                .write("measures/visits.yaml", "name: Visits\nobjective: c1\nfrequency: monthly\naggregation: sum\n"
                        + "threshold: 40\ntarget: 50\nstretch: 60\n")
                .write("measures/audit.yaml", "name: Audit\nobjective: p1\nfrequency: yearly\nthreshold: 1\ntarget: 2\nstretch: 3\n")
                .write("measurements/finer.csv", """
                        measure,period,value
                        orders,2026-04,90
                        orders,2026-05,100
                        orders,2026-06,120
                        orders,2026-07,95
                        orders,2026-08,101
                        orders,2026-Q3,310
                        wait,2026-05,7
                        wait,2026-06,5
                        wait,2026-07,6
                        wait,2026-08,8
                        wait,2026-09,5
                        staff,2026-06,11
                        staff,2026-09,13
                        visits,2026-W31,12
                        visits,2026-W32,14
                        visits,2026-W36,11
                        visits,2026-08,47
                        audit,2025,2
                        """);
        CheckResult checked = strategy.check();

        // when and then
        assertSameAsScoringAnew(checked);
    }

    @Test
    void scoresThatWereNotScoredFromTheseMeasurementsAreNotTakenFrom() {
        // given the example's scores with every actual of every history moved, as no scoring of its measurements gives
        Strategy strategy = StrategyDir.empty(Path.of("../example-strategy/src/strategy")).check().strategy().orElseThrow();
        StrategyScores current = Scoring.score(strategy);
        java.util.Map<String, ScorecardScores> moved = new java.util.LinkedHashMap<>();
        current.scorecards().forEach((path, card) -> {
            java.util.Map<String, MeasureResult> measures = new java.util.LinkedHashMap<>();
            card.measures().forEach((id, m) -> measures.put(id, new MeasureResult(id, m.latest(), m.targets(), m.trend(), m.stale(),
                    m.history().stream().map(a -> new Assessment(a.period(), a.actual() + 1, a.targets(), Status.EXCEEDS,
                            java.util.OptionalDouble.of(1.5))).toList())));
            moved.put(path, new ScorecardScores(path, card.asOf(), card.score(), card.status(), measures, card.objectives(),
                    card.perspectives(), card.coverage()));
        });
        StrategyScores other = new StrategyScores(current.asOf(), moved);

        // when scored at the earlier periods from them, then each measure is scored anew from its measurements
        for (Period period : current.asOf().orElseThrow().lastPeriods(StatusHistory.PERIODS)) {
            assertEquals(Scoring.score(strategy, Optional.of(period)), Scoring.scoreEarlier(strategy, period, other, ScoreMemo.none()),
                    period.toString());
        }
    }

    private static void assertSameAsScoringAnew(CheckResult checked) {
        Strategy strategy = checked.strategy().orElseThrow(() -> new AssertionError(checked.errors().toString()));
        StrategyScores current = Scoring.score(strategy);
        List<Period> periods = current.asOf().map(p -> p.lastPeriods(StatusHistory.PERIODS)).orElse(List.of());
        assertTrue(current.asOf().isEmpty() || periods.size() > 1, periods.toString());
        for (Period period : periods) {
            StrategyScores anew = Scoring.score(strategy, Optional.of(period));
            assertEquals(anew, Scoring.scoreEarlier(strategy, period, current, ScoreMemo.none()), period.toString());
            assertEquals(anew, Scoring.scoreEarlier(strategy, period, current, new ScoreMemo()), period.toString());
        }
    }
}
