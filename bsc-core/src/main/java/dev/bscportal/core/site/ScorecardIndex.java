package dev.bscportal.core.site;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Scorecard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The relations inside one scorecard that pages show: objectives by perspective, what drives what, which measures
 * track an objective and which initiatives serve it. {@link ScorecardView} answers templates with it.
 */
final class ScorecardIndex {

    private final Scorecard scorecard;
    /** Lookups by id, built on first use (once per scorecard's view; a race builds the same value twice). */
    private volatile Indexes indexes;

    ScorecardIndex(Scorecard scorecard) {
        this.scorecard = scorecard;
    }

    /** The scorecard's objectives by id, by perspective and by what drives them; its measures by objective. */
    private record Indexes(Map<String, Objective> objectives, Map<String, List<Objective>> byPerspective,
            Map<String, List<Objective>> drivers, Map<String, List<Measure>> measures) {

        static Indexes of(Scorecard scorecard) {
            Map<String, Objective> objectives = new HashMap<>();
            Map<String, List<Objective>> byPerspective = new HashMap<>();
            Map<String, List<Objective>> drivers = new HashMap<>();
            for (Objective o : scorecard.objectives()) {
                objectives.putIfAbsent(o.id(), o);
                byPerspective.computeIfAbsent(o.perspective(), k -> new ArrayList<>()).add(o);
                for (String effect : new LinkedHashSet<>(o.drives())) {
                    drivers.computeIfAbsent(effect, k -> new ArrayList<>()).add(o);
                }
            }
            Map<String, List<Measure>> measures = new HashMap<>();
            for (Measure m : scorecard.measures()) {
                m.objectives().stream().map(l -> l.objective()).distinct()
                        .forEach(id -> measures.computeIfAbsent(id, k -> new ArrayList<>()).add(m));
            }
            return new Indexes(objectives, byPerspective, drivers, measures);
        }
    }

    private Indexes indexes() {
        Indexes built = indexes;
        if (built == null) {
            built = Indexes.of(scorecard);
            indexes = built;
        }
        return built;
    }

    List<Objective> objectivesIn(String perspectiveId) {
        return List.copyOf(indexes().byPerspective().getOrDefault(perspectiveId, List.of()));
    }

    List<Objective> objectivesIn(String perspectiveId, List<Objective> objectives) {
        Set<String> among = new HashSet<>();
        objectives.forEach(o -> among.add(o.id()));
        return indexes().byPerspective().getOrDefault(perspectiveId, List.of()).stream()
                .filter(o -> among.contains(o.id())).toList();
    }

    List<Measure> measuresOf(String objectiveId) {
        return List.copyOf(indexes().measures().getOrDefault(objectiveId, List.of()));
    }

    List<Objective> objectivesOfMeasure(Measure measure) {
        Map<String, Objective> byId = indexes().objectives();
        return measure.objectives().stream().map(l -> byId.get(l.objective())).filter(Objects::nonNull).toList();
    }

    List<Objective> effectsOf(Objective objective) {
        Map<String, Objective> byId = indexes().objectives();
        return objective.drives().stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    List<Objective> driversOf(String objectiveId) {
        return List.copyOf(indexes().drivers().getOrDefault(objectiveId, List.of()));
    }

    List<Initiative> initiativesFor(String objectiveId) {
        Set<String> measureIds = new HashSet<>();
        measuresOf(objectiveId).forEach(m -> measureIds.add(m.id()));
        return scorecard.initiatives().stream().filter(i -> i.objectives().contains(objectiveId)
                || i.measures().stream().anyMatch(measureIds::contains)).toList();
    }
}
