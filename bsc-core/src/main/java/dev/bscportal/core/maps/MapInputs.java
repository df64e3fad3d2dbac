package dev.bscportal.core.maps;

import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Theme;
import dev.bscportal.core.score.ObjectiveResult;
import dev.bscportal.core.score.ScorecardScores;
import dev.bscportal.core.score.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything the DOT of a scorecard's map or theme map is written from ({@link StrategyMapDot#map}), so a map whose
 * inputs are equal to an earlier one's has the same DOT ({@link MapMemo}): the words of the map, the map's name and
 * the highlighted theme, the scorecard's name, rows, themes and objectives, and each objective's status and score.
 * Compared by value; the hash is only the name and the site prefix (a preview asks for all 645 maps of a 10,000-page
 * site after each save, and hashing every objective would cost a good part of writing the DOT).
 *
 * @param shown each objective's status and score, in the order of {@code objectives}
 */
record MapInputs(MapText text, String name, Optional<String> theme, String prefix, String subject,
        List<Perspective> perspectives, List<Theme> themes, List<Objective> objectives, List<Shown> shown) {

    /** What a node shows of an objective's result. */
    record Shown(Status status, OptionalDouble score) {
    }

    MapInputs {
        perspectives = List.copyOf(perspectives);
        themes = List.copyOf(themes);
        objectives = List.copyOf(objectives);
        shown = List.copyOf(shown);
    }

    static MapInputs of(MapText text, String name, Optional<String> theme, Scorecard scorecard, ScorecardScores scores,
            String prefix) {
        List<Shown> shown = new ArrayList<>();
        for (Objective o : scorecard.objectives()) {
            ObjectiveResult result = scores.objective(o.id());
            shown.add(new Shown(result.status(), result.score()));
        }
        return new MapInputs(text, name, theme, prefix, scorecard.info().name(), scorecard.perspectives(), scorecard.themes(),
                scorecard.objectives(), shown);
    }

    /** True when {@code o} is drawn in full (every objective, or those of the highlighted theme). */
    boolean highlighted(Objective o) {
        return theme.isEmpty() || o.themes().contains(theme.get());
    }

    Optional<Objective> objective(String id) {
        return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    Optional<Theme> themeOf(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Override
    public int hashCode() {
        // equal inputs have equal names and prefixes, so this agrees with equals
        return Objects.hash(name, prefix);
    }
}
