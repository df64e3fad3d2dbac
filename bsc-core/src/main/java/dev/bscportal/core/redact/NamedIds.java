package dev.bscportal.core.redact;

import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.util.ArrayList;
import java.util.List;

/**
 * The ids an edition without names cannot publish: an id is part of page addresses, map sources, strategy.json
 * and the search index, and withholding a name inside it would break every link to the element. So an id (of a
 * perspective, theme, objective, measure, initiative, OKR, or a unit's folder) that holds a withheld name as a
 * whole word, its hyphens read as spaces ({@code lars-growth}, {@code ana-ng-plan}), is BSC115 at the element.
 */
public final class NamedIds {

    private NamedIds() {
    }

    /** One BSC115 error per id holding a name, in reading order; empty when there is none. */
    public static List<Problem> find(Strategy strategy, NameMatcher names) {
        List<Problem> problems = new ArrayList<>();
        if (names.isEmpty()) {
            return problems;
        }
        for (Scorecard s : strategy.allScorecards()) {
            if (!s.path().isEmpty()) {
                String folder = s.path().substring(s.path().lastIndexOf('/') + 1);
                check(names, "unit folder", folder, s.info().origin(), problems);
            }
            s.perspectives().forEach(p -> check(names, "perspective id", p.id(), p.origin(), problems));
            s.themes().forEach(t -> check(names, "theme id", t.id(), t.origin(), problems));
            s.objectives().forEach(o -> check(names, "objective id", o.id(), o.origin(), problems));
            s.measures().forEach(m -> check(names, "measure id", m.id(), m.origin(), problems));
            s.initiatives().forEach(i -> check(names, "initiative id", i.id(), i.origin(), problems));
            s.okrs().forEach(set -> set.okrs().forEach(o -> check(names, "OKR id", o.id(), o.origin(), problems)));
        }
        problems.sort(Problem.READING_ORDER);
        return List.copyOf(problems);
    }

    private static void check(NameMatcher names, String what, String id, Origin origin, List<Problem> problems) {
        if (id == null) {
            return;
        }
        names.first(id.replace('-', ' ').replace('_', ' ')).ifPresent(name -> problems.add(Problem.of(ProblemCode.NAME_IN_ID,
                origin.of("id"), "The " + what + " '" + id + "' holds the name '" + name + "' of a person, which"
                        + " an audience edition without owners withholds; the id would publish it in page addresses.")));
    }
}
