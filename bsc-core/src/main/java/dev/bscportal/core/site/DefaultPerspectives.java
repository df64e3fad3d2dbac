package dev.bscportal.core.site;

import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;

import java.util.List;

/**
 * The four classic perspectives that a scorecard gets when its strategy.yaml declares none, named in the
 * site's language: the loader knows no language and names them in English; here each one that is still
 * exactly a default (same id, name and question) takes its name and question from the labels
 * ({@code perspective.default.<id>.name} and {@code .question}). Declared perspectives are left as written.
 */
final class DefaultPerspectives {

    private DefaultPerspectives() {
    }

    static Strategy localised(Strategy strategy, Labels labels) {
        return new Strategy(localised(strategy.company(), labels));
    }

    private static Scorecard localised(Scorecard s, Labels labels) {
        List<Perspective> defaults = Perspective.defaults("");
        List<Perspective> perspectives = s.perspectives().stream().map(p -> defaults.stream()
                .filter(d -> d.id().equals(p.id()) && d.name().equals(p.name()) && d.question().equals(p.question()))
                .findFirst()
                .map(d -> new Perspective(p.id(), labels.get("perspective.default." + p.id() + ".name"),
                        labels.get("perspective.default." + p.id() + ".question"), p.origin()))
                .orElse(p)).toList();
        return s.toBuilder().perspectives(perspectives)
                .units(s.units().stream().map(u -> localised(u, labels)).toList()).build();
    }
}
