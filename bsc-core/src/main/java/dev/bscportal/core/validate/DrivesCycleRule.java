package dev.bscportal.core.validate;

import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Cause and effect flows one way: the drives arrows of a scorecard must not form a cycle. Each cycle is
 * reported once, at the objective with the smallest id in it, with the whole loop spelled out.
 */
final class DrivesCycleRule implements ScorecardRule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.DRIVES_CYCLE);
    }

    @Override
    public void check(OwnScorecard own, Consumer<Problem> report) {
        Scorecard scorecard = own.scorecard();
        Map<String, List<String>> edges = new TreeMap<>();
        for (Objective objective : scorecard.objectives()) {
            edges.put(objective.id(), objective.drives().stream().filter(t -> !t.contains("/")).sorted().toList());
        }
        Set<String> reported = new HashSet<>();
        for (String start : edges.keySet()) {
            if (reported.contains(start)) {
                continue;
            }
            findCycleThrough(start, edges).ifPresent(cycle -> {
                if (cycle.stream().noneMatch(reported::contains)) {
                    reported.addAll(cycle);
                    Objective first = scorecard.objective(start).orElseThrow();
                    List<String> loop = new ArrayList<>(cycle);
                    loop.add(start);
                    report.accept(Problem.of(ProblemCode.DRIVES_CYCLE, first.origin().of("drives"),
                            "The drives arrows form a cycle: " + String.join(" -> ", loop) + "."));
                }
            });
        }
    }

    /** The shortest path start -> ... -> start (without repeating start at the end), by breadth-first search. */
    private static Optional<List<String>> findCycleThrough(String start, Map<String, List<String>> edges) {
        Map<String, String> cameFrom = new TreeMap<>();
        List<String> frontier = new ArrayList<>(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String node : frontier) {
                for (String target : edges.getOrDefault(node, List.of())) {
                    if (target.equals(start)) {
                        List<String> path = new ArrayList<>();
                        for (String at = node; at != null; at = cameFrom.get(at)) {
                            path.add(0, at);
                        }
                        return Optional.of(path);
                    }
                    if (edges.containsKey(target) && seen.add(target)) {
                        cameFrom.put(target, node);
                        next.add(target);
                    }
                }
            }
            frontier = next;
        }
        return Optional.empty();
    }
}
