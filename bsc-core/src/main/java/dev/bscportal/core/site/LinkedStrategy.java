package dev.bscportal.core.site;

import dev.bscportal.core.presentation.SitePaths;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.ObjectiveKey;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.score.StrategyScores;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strategy and its scores with the links that cross scorecards worked out once: which unit objectives
 * support each objective. Pages ask for these thousands of times; scanning every unit per page made rendering
 * grow with the square of the strategy's size.
 */
final class LinkedStrategy {

    private final Strategy strategy;
    private final StrategyScores scores;
    private final Map<ObjectiveKey, List<LinkedObjective>> supporters = new HashMap<>();

    LinkedStrategy(Strategy strategy, StrategyScores scores) {
        this.strategy = strategy;
        this.scores = scores;
        for (Scorecard unit : strategy.allScorecards()) {
            if (unit.isCompany()) {
                continue;
            }
            String parent = unit.parentPath();
            for (Objective o : unit.objectives()) {
                LinkedObjective link = new LinkedObjective(unit.info().name(), SitePaths.objective(unit, o.id()), o,
                        scores.of(unit).objective(o.id()));
                o.supports().stream().map(ref -> ObjectiveKey.resolve(ref, parent)).distinct()
                        .forEach(target -> supporters.computeIfAbsent(target, k -> new ArrayList<>()).add(link));
            }
        }
    }

    Strategy strategy() {
        return strategy;
    }

    StrategyScores scores() {
        return scores;
    }

    /** Unit objectives (anywhere below) that support an objective, units in depth-first order. */
    List<LinkedObjective> supportersOf(ObjectiveKey objective) {
        return List.copyOf(supporters.getOrDefault(objective, List.of()));
    }

    /** Parent objectives {@code objective} of {@code scorecard} supports (resolved; unknown references are skipped). */
    List<LinkedObjective> supportedBy(Scorecard scorecard, Objective objective) {
        List<LinkedObjective> result = new ArrayList<>();
        String parent = scorecard.parentPath();
        for (String ref : objective.supports()) {
            ObjectiveKey key = ObjectiveKey.resolve(ref, parent);
            strategy.scorecard(key.unitPath()).ifPresent(s -> s.objective(key.id()).ifPresent(o ->
                    result.add(new LinkedObjective(s.info().name(), SitePaths.objective(s, o.id()), o,
                            scores.of(s).objective(o.id())))));
        }
        return result;
    }
}
