package dev.bscportal.core.score;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.ObjectiveKey;
import dev.bscportal.core.model.ObjectiveLink;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores a whole strategy: every measure at the as-of period, objectives as the weighted mean of their
 * measures and of the unit objectives that support them, perspectives and scorecards as the weighted
 * mean of their objectives. Pure: the same strategy always gives the same scores. See docs/scoring.md.
 */
public final class Scoring {

    private Scoring() {
    }

    /** Scores at the strategy's as-of period (declared, or the latest period with data). */
    public static StrategyScores score(Strategy strategy) {
        return score(strategy, ScoreMemo.none());
    }

    /** As {@link #score(Strategy)}, taking the results of measures whose inputs are unchanged from {@code memo}. */
    public static StrategyScores score(Strategy strategy, ScoreMemo memo) {
        Optional<Period> asOf = AsOf.of(strategy);
        return score(strategy, asOf, scorecard -> AsOf.of(scorecard, asOf), anew(memo));
    }

    /** Scores as they were at a given period for every scorecard, e.g. for a status history. */
    public static StrategyScores score(Strategy strategy, Optional<Period> asOf) {
        return score(strategy, asOf, ScoreMemo.none());
    }

    /** As {@link #score(Strategy, Optional)}, with the measure results of {@code memo}. */
    public static StrategyScores score(Strategy strategy, Optional<Period> asOf, ScoreMemo memo) {
        return score(strategy, asOf, scorecard -> asOf, anew(memo));
    }

    /**
     * As {@link #score(Strategy, Optional, ScoreMemo)} at a period no later than the as-of of {@code later}, the same
     * strategy's scores: a measure whose values are all of its own frequency takes its result from its later one
     * ({@link MeasureScorer#earlier}) instead of being scored anew (the heatmap scores the strategy at five earlier
     * periods).
     */
    public static StrategyScores scoreEarlier(Strategy strategy, Period asOf, StrategyScores later, ScoreMemo memo) {
        Optional<Period> at = Optional.of(asOf);
        MeasureScoring anew = anew(memo);
        return score(strategy, at, scorecard -> at, (scorecard, measure, period) -> earlier(scorecard, measure, period, later)
                .orElseGet(() -> anew.score(scorecard, measure, period)));
    }

    /** Each measure scored from its measurements, with the results of {@code memo} where its inputs are unchanged. */
    private static MeasureScoring anew(ScoreMemo memo) {
        return (scorecard, measure, asOf) -> scoreMeasure(scorecard, measure, asOf, memo);
    }

    /** How one measure of a scorecard is scored at a period. */
    private interface MeasureScoring {
        MeasureResult score(Scorecard scorecard, Measure measure, Optional<Period> asOf);
    }

    private static StrategyScores score(Strategy strategy, Optional<Period> asOf,
            Function<Scorecard, Optional<Period>> asOfOfScorecard, MeasureScoring measureScoring) {
        Map<ObjectiveKey, List<ObjectiveKey>> supporters = supportersByTarget(strategy);
        Map<ObjectiveKey, ObjectiveResult> objectiveResults = new HashMap<>();
        Map<ObjectiveKey, MeasureSet> beneath = new HashMap<>();
        Map<String, ScorecardScores> result = new TreeMap<>();
        List<Scorecard> deepestFirst = strategy.allScorecards().stream()
                .sorted(Comparator.comparingInt((Scorecard s) -> depth(s.path())).reversed()
                        .thenComparing(Scorecard::path))
                .toList();
        for (Scorecard scorecard : deepestFirst) {
            Optional<Period> scorecardAsOf = asOfOfScorecard.apply(scorecard);
            Map<String, MeasureResult> measures = new TreeMap<>();
            for (Measure measure : scorecard.measures()) {
                measures.put(measure.id(), measureScoring.score(scorecard, measure, scorecardAsOf));
            }
            Map<String, ObjectiveResult> objectives = new TreeMap<>();
            for (Objective objective : scorecard.objectives()) {
                ObjectiveKey key = new ObjectiveKey(scorecard.path(), objective.id());
                List<ObjectiveKey> supporting = supporters.getOrDefault(key, List.of());
                MeasureSet measureSet = measuresBeneath(scorecard, objective, measures, supporting, beneath);
                beneath.put(key, measureSet);
                ObjectiveResult objectiveResult = scoreObjective(scorecard, objective, measures,
                        supporting, objectiveResults, measureSet.coverage());
                objectives.put(objective.id(), objectiveResult);
                objectiveResults.put(key, objectiveResult);
            }
            result.put(scorecard.path(), scorecardScores(scorecard, scorecardAsOf, measures, objectives, beneath));
        }
        return new StrategyScores(asOf, result);
    }

    private static Optional<MeasureResult> earlier(Scorecard scorecard, Measure measure, Optional<Period> asOf,
                                                   StrategyScores later) {
        ScorecardScores laterScores = later.scorecards().get(scorecard.path());
        if (asOf.isEmpty() || !measure.judgedAsWritten() || laterScores == null || laterScores.asOf().isEmpty()
                || !laterScores.measures().containsKey(measure.id())) {
            return Optional.empty();
        }
        return MeasureScorer.earlier(measure, scorecard.measurementsOf(measure.id()), laterScores.measures().get(measure.id()),
                laterScores.asOf().get(), asOf.get());
    }

    private static MeasureResult scoreMeasure(Scorecard scorecard, Measure measure, Optional<Period> asOf, ScoreMemo memo) {
        if (asOf.isEmpty() || !measure.judgedAsWritten()) {
            return new MeasureResult(measure.id(), Optional.empty(), measure.targets(), Trend.UNKNOWN, false, List.of());
        }
        return memo.result(scorecard, measure, asOf.get(),
                () -> MeasureScorer.score(measure, scorecard.measurementsOf(measure.id()), asOf.get()));
    }

    private static ObjectiveResult scoreObjective(
            Scorecard scorecard, Objective objective, Map<String, MeasureResult> measures,
            List<ObjectiveKey> supporters, Map<ObjectiveKey, ObjectiveResult> scoredSoFar, Coverage coverage) {
        List<Contribution> contributions = new ArrayList<>();
        for (Measure measure : scorecard.measures()) {
            for (ObjectiveLink link : measure.objectives()) {
                if (link.objective().equals(objective.id())) {
                    contributions.add(new Contribution(Contribution.Kind.MEASURE, measure.id(), link.weight(),
                            measures.get(measure.id()).score()));
                }
            }
        }
        for (ObjectiveKey supporter : supporters) {
            ObjectiveResult supporterResult = scoredSoFar.get(supporter);
            double weight = supporterResult == null ? 1.0 : supporterResult.weight();
            contributions.add(new Contribution(Contribution.Kind.UNIT_OBJECTIVE, supporter.toString(), weight,
                    supporterResult == null ? OptionalDouble.empty() : supporterResult.score()));
        }
        WeightedMean mean = new WeightedMean();
        contributions.forEach(c -> mean.add(c.score(), c.weight()));
        OptionalDouble score = mean.result();
        return new ObjectiveResult(objective.id(), objective.weight(), score, statusOf(score), contributions, coverage);
    }

    private static ScorecardScores scorecardScores(Scorecard scorecard, Optional<Period> asOf,
            Map<String, MeasureResult> measures, Map<String, ObjectiveResult> objectives,
            Map<ObjectiveKey, MeasureSet> beneath) {
        Map<String, PerspectiveResult> perspectives = new TreeMap<>();
        WeightedMean overall = new WeightedMean();
        MeasureSet all = new MeasureSet();
        for (Objective objective : scorecard.objectives()) {
            overall.add(objectives.get(objective.id()).score(), objective.weight());
            all.addAll(beneath.get(new ObjectiveKey(scorecard.path(), objective.id())));
        }
        for (Perspective perspective : scorecard.perspectives()) {
            WeightedMean mean = new WeightedMean();
            Set<String> measureIds = new LinkedHashSet<>();
            MeasureSet inPerspective = new MeasureSet();
            for (Objective objective : scorecard.objectives()) {
                if (objective.perspective().equals(perspective.id())) {
                    inPerspective.addAll(beneath.get(new ObjectiveKey(scorecard.path(), objective.id())));
                    ObjectiveResult objectiveResult = objectives.get(objective.id());
                    mean.add(objectiveResult.score(), objective.weight());
                    objectiveResult.contributions().stream()
                            .filter(c -> c.kind() == Contribution.Kind.MEASURE)
                            .forEach(c -> measureIds.add(c.reference()));
                }
            }
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            for (Status status : Status.values()) {
                counts.put(status, 0);
            }
            measureIds.forEach(id -> counts.merge(measures.get(id).status(), 1, Integer::sum));
            OptionalDouble score = mean.result();
            perspectives.put(perspective.id(), new PerspectiveResult(perspective.id(), score, statusOf(score), counts,
                    inPerspective.coverage()));
        }
        OptionalDouble score = overall.result();
        return new ScorecardScores(scorecard.path(), asOf, score, statusOf(score), measures, objectives, perspectives,
                all.coverage());
    }

    /**
     * The measures beneath an objective: its own, and those beneath the unit objectives that support it
     * (scored before it, deepest first). A measure linked to two objectives counts once in any roll-up.
     */
    private static MeasureSet measuresBeneath(Scorecard scorecard, Objective objective,
            Map<String, MeasureResult> measures, List<ObjectiveKey> supporters, Map<ObjectiveKey, MeasureSet> beneath) {
        MeasureSet result = new MeasureSet();
        for (Measure measure : scorecard.measures()) {
            for (ObjectiveLink link : measure.objectives()) {
                if (link.objective().equals(objective.id())) {
                    result.add(scorecard.path() + ":" + measure.id(), measures.get(measure.id()).score().isPresent());
                }
            }
        }
        for (ObjectiveKey supporter : supporters) {
            MeasureSet supporterSet = beneath.get(supporter);
            if (supporterSet != null) {
                result.addAll(supporterSet);
            }
        }
        return result;
    }

    /** Measures (by unit path and id) beneath a roll-up, and which of them have a score. */
    private static final class MeasureSet {
        private final Set<String> all = new HashSet<>();
        private final Set<String> scored = new HashSet<>();

        void add(String key, boolean hasScore) {
            all.add(key);
            if (hasScore) {
                scored.add(key);
            }
        }

        void addAll(MeasureSet other) {
            if (other != null) {
                all.addAll(other.all);
                scored.addAll(other.scored);
            }
        }

        Coverage coverage() {
            return new Coverage(scored.size(), all.size());
        }
    }

    private static Status statusOf(OptionalDouble score) {
        return score.isPresent() ? ScoreScale.statusOfScore(score.getAsDouble()) : Status.NO_DATA;
    }

    /** For each objective, the unit objectives whose {@code supports} name it, in a stable order. */
    private static Map<ObjectiveKey, List<ObjectiveKey>> supportersByTarget(Strategy strategy) {
        Map<ObjectiveKey, List<ObjectiveKey>> result = new TreeMap<>();
        for (Scorecard scorecard : strategy.allScorecards()) {
            if (scorecard.isCompany()) {
                continue;
            }
            String parentPath = scorecard.parentPath();
            for (Objective objective : scorecard.objectives()) {
                for (String reference : objective.supports()) {
                    ObjectiveKey target = ObjectiveKey.resolve(reference, parentPath);
                    result.computeIfAbsent(target, k -> new ArrayList<>())
                            .add(new ObjectiveKey(scorecard.path(), objective.id()));
                }
            }
        }
        result.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        return result;
    }

    private static int depth(String path) {
        return path.isEmpty() ? 0 : (int) path.chars().filter(c -> c == '/').count() + 1;
    }
}
