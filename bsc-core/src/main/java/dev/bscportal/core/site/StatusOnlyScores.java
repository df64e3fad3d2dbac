package dev.bscportal.core.site;

import dev.bscportal.core.score.Assessment;
import dev.bscportal.core.score.Contribution;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.score.ObjectiveResult;
import dev.bscportal.core.score.PerspectiveResult;
import dev.bscportal.core.score.ScorecardScores;
import dev.bscportal.core.score.StrategyScores;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The scores an edition without actual values may show: statuses, trends (direction only) and staleness, and
 * no number at all. Every 0-10 score is piecewise linear in the actual between published thresholds and
 * targets, so any score, at any level (an objective with one measure has that measure's score), gives the
 * actual back; the actual itself is replaced by NaN so that a template that forgets to check shows "NaN",
 * never the value. See docs/scoring.md, "Editions without actuals".
 */
final class StatusOnlyScores {

    private StatusOnlyScores() {
    }

    static StrategyScores of(StrategyScores scores) {
        Map<String, ScorecardScores> cards = new LinkedHashMap<>();
        scores.scorecards().forEach((path, s) -> cards.put(path, scorecard(s)));
        return new StrategyScores(scores.asOf(), cards);
    }

    private static ScorecardScores scorecard(ScorecardScores s) {
        return new ScorecardScores(s.unitPath(), s.asOf(), OptionalDouble.empty(), s.status(),
                map(s.measures(), StatusOnlyScores::measure), map(s.objectives(), StatusOnlyScores::objective),
                map(s.perspectives(), p -> new PerspectiveResult(p.perspectiveId(), OptionalDouble.empty(), p.status(),
                        p.measureCounts(), p.coverage())), s.coverage());
    }

    private static MeasureResult measure(MeasureResult m) {
        return new MeasureResult(m.measureId(), m.latest().map(StatusOnlyScores::assessment), m.targets(), m.trend(),
                m.stale(), m.history().stream().map(StatusOnlyScores::assessment).toList());
    }

    private static Assessment assessment(Assessment a) {
        return new Assessment(a.period(), Double.NaN, a.targets(), a.status(), OptionalDouble.empty());
    }

    private static ObjectiveResult objective(ObjectiveResult o) {
        return new ObjectiveResult(o.objectiveId(), o.weight(), OptionalDouble.empty(), o.status(),
                o.contributions().stream().map(c -> new Contribution(c.kind(), c.reference(), c.weight(),
                        OptionalDouble.empty())).toList(), o.coverage());
    }

    private static <T> Map<String, T> map(Map<String, T> in, Function<T, T> f) {
        Map<String, T> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, f.apply(v)));
        return out;
    }
}
