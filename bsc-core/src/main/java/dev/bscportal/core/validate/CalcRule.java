package dev.bscportal.core.validate;

import dev.bscportal.core.calc.CalcExpression;
import dev.bscportal.core.calc.Calculations;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Calculated measures ({@code calc:}): the expression is arithmetic within bounds (BSC160), names measures that exist
 * (BSC041), of the measure's frequency or finer, and the measure records no values of its own (BSC162); no
 * calculated measure depends on itself through others (BSC161, reported at each measure of the cycle).
 */
final class CalcRule implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return EnumSet.of(ProblemCode.INVALID_CALC, ProblemCode.UNKNOWN_MEASURE, ProblemCode.CALC_CYCLE, ProblemCode.CALC_INPUT_REFUSED);
    }

    /** A calculated measure, where its calc is, and the calculated measures it uses directly. */
    private record Node(Calculations.Located at, SourcePosition calc, List<String> uses) {
    }

    @Override
    public void check(ValidationContext context, Consumer<Problem> report) {
        Strategy strategy = context.strategy();
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Scorecard scorecard : strategy.allScorecards()) {
            for (Measure measure : scorecard.measures()) {
                if (measure.isCalculated()) {
                    check(strategy, scorecard, measure, report).ifPresent(node -> nodes.put(key(scorecard, measure), node));
                }
            }
        }
        reportCycles(nodes, report);
    }

    private static String key(Scorecard scorecard, Measure measure) {
        return scorecard.path() + "\u0000" + measure.id();
    }

    private static String name(Scorecard scorecard, Measure measure) {
        return scorecard.isCompany() ? measure.id() : scorecard.path() + "/" + measure.id();
    }

    private Optional<Node> check(Strategy strategy, Scorecard scorecard, Measure measure, Consumer<Problem> report) {
        SourcePosition at = measure.origin().of("calc");
        for (Measurement m : scorecard.measurementsOf(measure.id())) {
            if (!m.origin().at().equals(at)) {
                report.accept(Problem.of(ProblemCode.CALC_INPUT_REFUSED, m.origin().at(), "'" + measure.id()
                        + "' is calculated (calc at " + at + "), so it takes no recorded value; this one is for " + m.period() + "."));
            }
        }
        CalcExpression expression;
        try {
            expression = CalcExpression.parse(measure.calculation().orElseThrow().expression());
        } catch (CalcExpression.Refused refused) {
            report.accept(Problem.of(ProblemCode.INVALID_CALC, at, refused.getMessage()));
            return Optional.empty();
        }
        List<String> uses = new ArrayList<>();
        for (String reference : expression.references()) {
            Optional<Calculations.Located> input = Calculations.resolve(strategy, scorecard, reference);
            if (input.isEmpty()) {
                int slash = reference.lastIndexOf('/');
                boolean unitMissing = slash >= 0 && strategy.scorecard(reference.substring(0, slash)).isEmpty();
                report.accept(Problem.of(ProblemCode.UNKNOWN_MEASURE, at, "The calc of '" + measure.id() + "' refers to '" + reference
                        + "', " + (unitMissing ? "but there is no unit '" + reference.substring(0, slash) + "'"
                        : "which is no measure of " + (slash >= 0 ? "unit '" + reference.substring(0, slash) + "'"
                        : scorecard.isCompany() ? "the company scorecard" : "unit '" + scorecard.path() + "'")) + ".",
                        "Refer to an existing measure id (another unit's as unit/id); write minus and division of two measures"
                                + " with spaces (revenue - cost, revenue / headcount), since a hyphen or slash between names is part of the name."));
                continue;
            }
            Measure used = input.get().measure();
            if (used.frequency().ordinal() > measure.frequency().ordinal()) {
                report.accept(Problem.of(ProblemCode.CALC_INPUT_REFUSED, at, "The calc of '" + measure.id() + "' (" + measure.frequency().id()
                        + ") uses '" + reference + "', which is " + used.frequency().id() + ": a coarser value cannot be split into "
                        + measure.frequency().id() + " periods."));
            }
            if (used.isCalculated()) {
                uses.add(key(input.get().scorecard(), used));
            }
        }
        return Optional.of(new Node(new Calculations.Located(scorecard, measure), at, uses));
    }

    /** Every calculated measure on a cycle, each reported once with the cycle it is on. */
    private static void reportCycles(Map<String, Node> nodes, Consumer<Problem> report) {
        Set<String> reported = new HashSet<>();
        for (String start : nodes.keySet()) {
            List<String> path = new ArrayList<>();
            findCycle(start, start, nodes, path, new HashSet<>()).ifPresent(cycle -> {
                if (reported.add(start)) {
                    Node node = nodes.get(start);
                    List<String> names = new ArrayList<>();
                    for (String k : cycle) {
                        Node n = nodes.get(k);
                        names.add(name(n.at().scorecard(), n.at().measure()));
                    }
                    names.add(names.get(0));
                    report.accept(Problem.of(ProblemCode.CALC_CYCLE, node.calc(), "'" + node.at().measure().id()
                            + "' is calculated from itself: " + String.join(" -> ", names) + "."));
                }
            });
        }
    }

    private static Optional<List<String>> findCycle(String start, String current, Map<String, Node> nodes, List<String> path, Set<String> seen) {
        path.add(current);
        Node node = nodes.get(current);
        if (node != null) {
            for (String next : node.uses()) {
                if (next.equals(start)) {
                    return Optional.of(List.copyOf(path));
                }
                if (seen.add(next)) {
                    Optional<List<String>> found = findCycle(start, next, nodes, path, seen);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        path.remove(path.size() - 1);
        return Optional.empty();
    }
}
