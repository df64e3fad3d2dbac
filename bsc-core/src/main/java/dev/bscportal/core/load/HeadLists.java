package dev.bscportal.core.load;

import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Theme;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The perspectives and themes a {@code strategy.yaml} lists, each checked (id, name, colour) and without duplicates. */
final class HeadLists {

    private HeadLists() {
    }

    static List<Perspective> perspectives(Fields f) {
        List<Perspective> result = new ArrayList<>();
        for (Node item : f.list("perspectives")) {
            Fields.open(item, f.file(), f.lineOffset(), "a perspective", Set.of("id", "name", "question"), f.report())
                    .ifPresent(p -> {
                        Optional<String> id = p.required("id");
                        Optional<String> name = p.required("name");
                        if (id.isPresent() && !Fields.ID.matcher(id.get()).matches()) {
                            p.invalidId(p.at("id"), id.get());
                        } else if (id.isPresent() && name.isPresent()) {
                            result.add(new Perspective(id.get(), name.get(), p.text("question", ""), p.origin()));
                        }
                    });
        }
        return Duplicates.unique(result, Perspective::id, p -> p.origin().of("id"), "perspective", f.report());
    }

    static List<Theme> themes(Fields f) {
        List<Theme> result = new ArrayList<>();
        for (Node item : f.list("themes")) {
            Fields.open(item, f.file(), f.lineOffset(), "a theme", Set.of("id", "name", "description", "colour"), f.report())
                    .ifPresent(t -> {
                        Optional<String> id = t.required("id");
                        Optional<String> name = t.required("name");
                        String colour = t.text("colour", "");
                        if (!colour.isEmpty() && !colour.matches("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?|[a-z]{3,20}")) {
                            t.report().accept(Problem.of(ProblemCode.INVALID_VALUE, t.at("colour"),
                                    "'" + colour + "' is not a colour.", "Write a colour as #1f77b4 or a CSS name such as teal."));
                            colour = "";
                        }
                        if (id.isPresent() && !Fields.ID.matcher(id.get()).matches()) {
                            t.invalidId(t.at("id"), id.get());
                        } else if (id.isPresent() && name.isPresent()) {
                            result.add(new Theme(id.get(), name.get(), t.text("description", ""), colour, t.origin()));
                        }
                    });
        }
        return Duplicates.unique(result, Theme::id, t -> t.origin().of("id"), "theme", f.report());
    }
}
