package dev.bscportal.core.score;

import dev.bscportal.core.model.Aggregation;
import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.model.Targets;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.bscportal.core.testing.Models.link;
import static dev.bscportal.core.testing.Models.measure;
import static dev.bscportal.core.testing.Models.objective;
import static dev.bscportal.core.testing.Models.objectiveSupporting;
import static dev.bscportal.core.testing.Models.scorecard;
import static dev.bscportal.core.testing.Models.value;
import static dev.bscportal.core.testing.Models.withLinks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringTest {

    private static final Targets T = Targets.of(80, 100, 120);

    private static Strategy company(List<Measure> measures, List<Measurement> values) {
        return new Strategy(scorecard("", Optional.empty(),
                List.of(objective("grow", "financial"), objective("serve", "customer")), measures, values, List.of()));
    }

    @Test
    void asOfDefaultsToTheLatestPeriodWithAMeasurementNotTheClock() {
        Strategy strategy = company(List.of(measure("rev", "grow", Polarity.HIGHER_IS_BETTER, T)),
                List.of(value("rev", "2026-08", 90), value("rev", "2026-09", 95), value("rev", "2026", 1)));

        assertEquals(Optional.of(Period.month(2026, 9)), Scoring.score(strategy).asOf(),
                "the yearly 2026 value starts earlier than September, so September is the latest");
    }

    @Test
    void judgesTheLatestValueAtAsOfWithItsTrend() {
        Strategy strategy = company(List.of(measure("rev", "grow", Polarity.HIGHER_IS_BETTER, T)),
                List.of(value("rev", "2026-08", 90), value("rev", "2026-09", 110), value("rev", "2026-10", 70)));

        MeasureResult rev = Scoring.score(strategy, Optional.of(Period.month(2026, 9))).company().measure("rev");

        assertEquals(Status.ON_TARGET, rev.status());
        assertEquals(110, rev.actual().getAsDouble());
        assertEquals(Trend.IMPROVING, rev.trend());
        assertEquals(2, rev.history().size(), "October lies after the as-of period");
        assertFalse(rev.stale());
    }

    @Test
    void trendIsPolarityAwareAndFlatForTinyChanges() {
        Strategy strategy = company(List.of(
                        measure("defects", "serve", Polarity.LOWER_IS_BETTER, Targets.of(5, 2, 1)),
                        measure("rev", "grow", Polarity.HIGHER_IS_BETTER, T)),
                List.of(value("defects", "2026-08", 4), value("defects", "2026-09", 3),
                        value("rev", "2026-08", 100), value("rev", "2026-09", 100.1)));

        ScorecardScores scores = Scoring.score(strategy).company();

        assertEquals(Trend.IMPROVING, scores.measure("defects").trend(), "fewer defects is better");
        assertEquals(Trend.FLAT, scores.measure("rev").trend(), "0.1 is under 1% of the 20-point band");
    }

    @Test
    void flagsDataOlderThanOnePeriodOfLagAsStale() {
        Strategy strategy = company(List.of(
                        measure("rev", "grow", Polarity.HIGHER_IS_BETTER, T),
                        measure("nps", "serve", Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY, Aggregation.LAST, T)),
                List.of(value("rev", "2026-06", 100), value("nps", "2026-Q3", 100)));

        ScorecardScores scores = Scoring.score(strategy, Optional.of(Period.month(2026, 10))).company();

        assertTrue(scores.measure("rev").stale(), "June is older than September");
        assertFalse(scores.measure("nps").stale(), "Q3 is the quarter before October's");
        assertEquals(Status.ON_TARGET, scores.measure("rev").status(), "a stale value still shows its status");
    }

    @Test
    void rollsMonthsUpToQuartersByTheMeasureAggregationAndNeverShowsAPartialSum() {
        Strategy strategy = company(List.of(
                        measure("orders", "grow", Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY, Aggregation.SUM, T),
                        measure("backlog", "grow", Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY, Aggregation.AVERAGE, T)),
                List.of(value("orders", "2026-07", 30), value("orders", "2026-08", 30), value("orders", "2026-09", 40),
                        value("orders", "2026-10", 50),
                        value("backlog", "2026-07", 90), value("backlog", "2026-08", 100), value("backlog", "2026-09", 110)));

        ScorecardScores scores = Scoring.score(strategy, Optional.of(Period.month(2026, 10))).company();

        assertEquals(Period.quarter(2026, 3), scores.measure("orders").latestPeriod().orElseThrow());
        assertEquals(100, scores.measure("orders").actual().getAsDouble());
        assertEquals(100, scores.measure("backlog").actual().getAsDouble());
    }

    @Test
    void aMeasureWithoutValuesHasNoDataAndDoesNotCountInTheObjective() {
        Strategy strategy = company(List.of(
                        measure("rev", "grow", Polarity.HIGHER_IS_BETTER, T),
                        measure("margin", "grow", Polarity.HIGHER_IS_BETTER, T)),
                List.of(value("rev", "2026-09", 110)));

        ScorecardScores scores = Scoring.score(strategy).company();

        assertEquals(Status.NO_DATA, scores.measure("margin").status());
        assertEquals(8.3333, scores.objective("grow").score().getAsDouble(), 1e-4);
        assertEquals(Status.NO_DATA, scores.objective("serve").status(), "serve has no measure at all");
    }

    @Test
    void objectiveScoreIsTheWeightedMeanOfItsMeasures() {
        Measure rev = withLinks(measure("rev", "grow", Polarity.HIGHER_IS_BETTER, T), List.of(link("grow", 3)));
        Measure margin = measure("margin", "grow", Polarity.HIGHER_IS_BETTER, T);
        Strategy strategy = company(List.of(rev, margin),
                List.of(value("rev", "2026-09", 120), value("margin", "2026-09", 80)));

        ObjectiveResult grow = Scoring.score(strategy).company().objective("grow");

        assertEquals((10 * 3 + 10.0 / 3) / 4, grow.score().getAsDouble(), 1e-9);
        assertEquals(Status.ON_TARGET, grow.status());
        assertEquals(2, grow.contributions().size());
    }

    @Test
    void perspectiveCountsMeasuresByStatusAndScorecardScoreIsTheMeanOfObjectives() {
        Strategy strategy = company(List.of(
                        measure("rev", "grow", Polarity.HIGHER_IS_BETTER, T),
                        measure("nps", "serve", Polarity.HIGHER_IS_BETTER, T),
                        measure("churn", "serve", Polarity.LOWER_IS_BETTER, Targets.of(5, 2, 1))),
                List.of(value("rev", "2026-09", 100), value("nps", "2026-09", 60)));

        ScorecardScores scores = Scoring.score(strategy).company();

        PerspectiveResult customer = scores.perspective("customer").orElseThrow();
        assertEquals(1, customer.measureCounts().get(Status.OFF_TARGET));
        assertEquals(1, customer.measureCounts().get(Status.NO_DATA));
        assertEquals(0, customer.measureCounts().get(Status.ON_TARGET));
        assertEquals(Status.NO_DATA, scores.perspective("learning").orElseThrow().status());
        assertEquals((20.0 / 3 + 0) / 2, scores.score().getAsDouble(), 1e-9);
        assertEquals(Status.WATCH, scores.status());
    }

    @Test
    void unitObjectivesRollUpIntoTheParentObjectivesTheySupport() {
        Scorecard sales = scorecard("sales", Optional.empty(),
                List.of(objectiveSupporting("win", "customer", 1, "serve")),
                List.of(measure("deals", "win", Polarity.HIGHER_IS_BETTER, T)),
                List.of(value("deals", "2026-09", 120)), List.of());
        Scorecard company = scorecard("", Optional.empty(),
                List.of(objective("grow", "financial"), objective("serve", "customer")),
                List.of(measure("nps", "serve", Polarity.HIGHER_IS_BETTER, T)),
                List.of(value("nps", "2026-09", 80)), List.of(sales));

        StrategyScores scores = Scoring.score(new Strategy(company));

        ObjectiveResult serve = scores.company().objective("serve");
        assertEquals((10.0 / 3 + 10) / 2, serve.score().getAsDouble(), 1e-9);
        assertEquals("sales/win", serve.contributions().get(1).reference());
        assertEquals(10.0, scores.of("sales").objective("win").score().getAsDouble(), 1e-9);
    }

    @Test
    void usesPeriodTargetsInForceForEachPeriod() {
        Measure rev = measure("rev", "grow", Polarity.HIGHER_IS_BETTER, T);
        Measure raised = rev.toBuilder().targets(T)
                .periodTargets(List.of(new dev.bscportal.core.model.PeriodTarget(Period.year(2026), Targets.of(100, 130, 150), rev.origin())))
                .build();
        Strategy strategy = company(List.of(raised), List.of(value("rev", "2025-12", 110), value("rev", "2026-01", 110)));

        MeasureResult result = Scoring.score(strategy).company().measure("rev");

        assertEquals(Status.ON_TARGET, result.history().get(0).status());
        assertEquals(Status.WATCH, result.history().get(1).status());
        assertEquals(130, result.targets().target().getAsDouble());
    }

    @Test
    void scoringAtAnEarlierPeriodIgnoresTheDeclaredAsOf() {
        Strategy strategy = new Strategy(scorecard("", Optional.of("2026-09"), List.of(objective("grow", "financial")),
                List.of(measure("rev", "grow", Polarity.HIGHER_IS_BETTER, T)), List.of(value("rev", "2026-09", 100)), List.of()));

        assertEquals(Status.ON_TARGET, Scoring.score(strategy).company().measure("rev").status());
        assertEquals(Status.NO_DATA, Scoring.score(strategy, Optional.of(Period.month(2026, 8))).company().measure("rev").status());
    }

    @Test
    void scoringTwiceGivesEqualResults() {
        Strategy strategy = company(List.of(measure("rev", "grow", Polarity.HIGHER_IS_BETTER, T)),
                List.of(value("rev", "2026-08", 90), value("rev", "2026-09", 95)));

        assertEquals(Scoring.score(strategy), Scoring.score(strategy));
    }

    @Test
    void supportingUnitObjectivesCountWithTheirOwnWeightInSortedOrderAndTheirMeasuresCountForCoverage() {
        Scorecard zeta = scorecard("zeta", Optional.empty(),
                List.of(objectiveSupporting("win", "customer", 3, "serve")),
                List.of(measure("deals", "win", Polarity.HIGHER_IS_BETTER, T)),
                List.of(value("deals", "2026-09", 120)), List.of());
        Scorecard alpha = scorecard("alpha", Optional.empty(),
                List.of(objectiveSupporting("win", "customer", 1, "serve")),
                List.of(measure("calls", "win", Polarity.HIGHER_IS_BETTER, T)),
                List.of(), List.of());
        Scorecard company = scorecard("", Optional.empty(),
                List.of(objective("grow", "financial"), objective("serve", "customer")),
                List.of(measure("nps", "serve", Polarity.HIGHER_IS_BETTER, T)),
                List.of(value("nps", "2026-09", 80)), List.of(zeta, alpha));

        ScorecardScores scores = Scoring.score(new Strategy(company)).company();

        ObjectiveResult serve = scores.objective("serve");
        assertEquals(List.of("nps", "alpha/win", "zeta/win"),
                serve.contributions().stream().map(Contribution::reference).toList(), "supporters in sorted order");
        assertEquals((10.0 / 3 * 1 + 10 * 3) / 4, serve.score().getAsDouble(), 1e-9,
                "zeta's objective weighs 3; alpha's has no data and is left out");
        assertEquals(new Coverage(2, 3), scores.perspective("customer").orElseThrow().coverage(),
                "nps and zeta's deals are scored, alpha's calls are not");
    }
}
