package dev.bscportal.core.score;

import dev.bscportal.core.model.Measure;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageTest {

    private static final Targets T = Targets.of(80, 100, 120);

    private static Measure m(String id, String objective) {
        return measure(id, objective, Polarity.HIGHER_IS_BETTER, T);
    }

    @Test
    void givenSomeMeasuresWithoutData_whenScored_thenEachRollUpCountsScoredOfAllMeasuresBeneathIt() {
        // grow (financial): rev (data), margin (none); serve (customer): nps (data), churn, csat (none)
        Strategy strategy = new Strategy(scorecard("", Optional.empty(),
                List.of(objective("grow", "financial"), objective("serve", "customer"), objective("learn", "learning")),
                List.of(m("rev", "grow"), m("margin", "grow"), m("nps", "serve"), m("churn", "serve"), m("csat", "serve")),
                List.of(value("rev", "2026-09", 100), value("nps", "2026-09", 90)), List.of()));

        ScorecardScores scores = Scoring.score(strategy).company();

        assertEquals(new Coverage(1, 2), scores.objective("grow").coverage());
        assertEquals(new Coverage(1, 3), scores.objective("serve").coverage());
        assertEquals(new Coverage(0, 0), scores.objective("learn").coverage(), "an objective without measures");
        assertEquals(new Coverage(1, 3), scores.perspective("customer").orElseThrow().coverage());
        assertEquals(new Coverage(0, 0), scores.perspective("learning").orElseThrow().coverage());
        assertEquals(new Coverage(2, 5), scores.coverage());
    }

    @Test
    void givenAMeasureLinkedToTwoObjectives_whenRolledUp_thenItCountsOnceInThePerspectiveAndScorecard() {
        Measure shared = withLinks(m("nps", "serve"), List.of(link("serve", 1), link("keep", 1)));
        Strategy strategy = new Strategy(scorecard("", Optional.empty(),
                List.of(objective("serve", "customer"), objective("keep", "customer")),
                List.of(shared, m("churn", "keep")), List.of(value("nps", "2026-09", 90)), List.of()));

        ScorecardScores scores = Scoring.score(strategy).company();

        assertEquals(new Coverage(1, 1), scores.objective("serve").coverage());
        assertEquals(new Coverage(1, 2), scores.objective("keep").coverage());
        assertEquals(new Coverage(1, 2), scores.perspective("customer").orElseThrow().coverage());
        assertEquals(new Coverage(1, 2), scores.coverage());
    }

    @Test
    void givenAUnitObjectiveSupportingACompanyObjective_whenRolledUp_thenItsMeasuresCountInTheCompanyObjective() {
        Scorecard sales = scorecard("sales", Optional.empty(),
                List.of(objectiveSupporting("win", "customer", 1, "serve")),
                List.of(m("deals", "win"), m("pipeline", "win")),
                List.of(value("deals", "2026-09", 120)), List.of());
        Scorecard company = scorecard("", Optional.empty(),
                List.of(objective("serve", "customer")),
                List.of(m("nps", "serve")), List.of(value("nps", "2026-09", 80)), List.of(sales));

        StrategyScores scores = Scoring.score(new Strategy(company));

        assertEquals(new Coverage(1, 2), scores.of("sales").objective("win").coverage());
        assertEquals(new Coverage(2, 3), scores.company().objective("serve").coverage());
        assertEquals(new Coverage(2, 3), scores.company().coverage());
        assertEquals(new Coverage(1, 2), scores.of("sales").coverage());
    }

    @Test
    void givenNoMeasurementsAtAll_whenScored_thenEveryRollUpIsEmptyAndHasNoScore() {
        Strategy strategy = new Strategy(scorecard("", Optional.empty(),
                List.of(objective("grow", "financial")), List.of(m("rev", "grow"), m("margin", "grow")),
                List.of(), List.of()));

        ScorecardScores scores = Scoring.score(strategy).company();

        assertEquals(new Coverage(0, 2), scores.coverage());
        assertTrue(scores.coverage().empty());
        assertFalse(scores.coverage().provisional(), "nothing scored is no-data, not provisional");
        assertTrue(scores.score().isEmpty());
        assertEquals(Status.NO_DATA, scores.status());
    }

    @Test
    void provisionalMeansSomeButFewerThanHalfOfTheMeasuresScored() {
        assertTrue(new Coverage(1, 3).provisional());
        assertTrue(new Coverage(4, 11).provisional());
        assertFalse(new Coverage(1, 2).provisional(), "exactly half is enough");
        assertFalse(new Coverage(6, 11).provisional());
        assertFalse(new Coverage(0, 11).provisional());
        assertTrue(new Coverage(11, 11).complete());
        assertFalse(new Coverage(10, 11).complete());
        assertFalse(new Coverage(0, 0).complete());
    }

    @Test
    void rejectsMoreScoredThanMeasures() {
        assertThrows(IllegalArgumentException.class, () -> new Coverage(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Coverage(-1, 2));
    }
}
