package dev.bscportal.core.load;

import dev.bscportal.core.model.PersonName;

import dev.bscportal.core.model.Budget;
import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.InitiativeStatus;
import dev.bscportal.core.model.KeyResult;
import dev.bscportal.core.model.Milestone;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Okr;
import dev.bscportal.core.model.OkrSet;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Review;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Turns the fields of one element file into a model record. One method per element type. */
final class ElementReaders {

    static final Set<String> OBJECTIVE_KEYS = Set.of("ignore", "id", "name", "perspective", "order", "themes", "owner",
            "owner-label", "weight", "drives", "supports");
    static final Set<String> INITIATIVE_KEYS = Set.of("ignore", "id", "name", "owner", "sponsor", "objectives", "measures",
            "status", "start", "due", "progress", "budget", "milestones");
    static final Set<String> OKR_FILE_KEYS = Set.of("ignore", "period", "objectives");
    static final Set<String> OKR_KEYS = Set.of("id", "name", "owner", "supports", "support", "key-results");
    static final Set<String> KEY_RESULT_KEYS = Set.of("name", "measure", "from", "to", "current");
    static final Set<String> REVIEW_KEYS = Set.of("ignore", "period", "date", "attendees", "decisions", "commentary");

    private ElementReaders() {
    }

    /** The element id: the {@code id} key when given (must equal the file name), else the file name. */
    static Optional<String> id(Fields f, String fileId) {
        Optional<String> written = f.text("id");
        if (written.isPresent()) {
            if (!Fields.ID.matcher(written.get()).matches()) {
                f.invalidId(f.at("id"), written.get());
                return Optional.empty();
            }
            if (!written.get().equals(fileId)) {
                f.report().accept(Problem.of(ProblemCode.ID_MISMATCH, f.at("id"),
                        "The id '" + written.get() + "' differs from the file name '" + fileId + "'."));
                return Optional.empty();
            }
        }
        if (!Fields.ID.matcher(fileId).matches()) {
            f.invalidId(f.at(), fileId);
            return Optional.empty();
        }
        return Optional.of(fileId);
    }

    static Optional<Objective> objective(Fields f, String fileId, String body) {
        Optional<String> id = id(f, fileId);
        Optional<String> name = f.required("name");
        Optional<String> perspective = f.required("perspective");
        double weight = positiveWeight(f);
        List<String> themes = f.ids("themes", false);
        List<String> drives = f.ids("drives", false);
        List<String> supports = f.ids("supports", true);
        if (id.isEmpty() || name.isEmpty() || perspective.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Objective(id.get(), name.get(), perspective.get(), themes, PersonName.normalise(f.text("owner", "")),
                ownerLabel(f), weight, order(f), drives, supports, body, f.origin()));
    }

    /** Longest owner label the map box shows; longer ones are refused so that nothing is cut silently. */
    static final int MAX_OWNER_LABEL = 16;
    static final int MAX_ORDER = 999;

    private static String ownerLabel(Fields f) {
        String label = f.text("owner-label", "").strip();
        if (label.codePointCount(0, label.length()) > MAX_OWNER_LABEL) {
            f.report().accept(Problem.of(ProblemCode.INVALID_VALUE, f.at("owner-label"),
                    "'owner-label' is " + label.codePointCount(0, label.length()) + " characters long; a map box shows at most "
                            + MAX_OWNER_LABEL + ".", "Shorten it to a title or initials, e.g. CFO or Head of IT."));
            return "";
        }
        return label;
    }

    private static OptionalInt order(Fields f) {
        OptionalDouble order = f.number("order");
        if (order.isEmpty()) {
            return OptionalInt.empty();
        }
        double value = order.getAsDouble();
        if (value != Math.rint(value) || value < 0 || value > MAX_ORDER) {
            f.report().accept(Problem.of(ProblemCode.INVALID_VALUE, f.at("order"),
                    "'order' must be a whole number from 0 to " + MAX_ORDER + ".",
                    "Number the objectives of a perspective 1, 2, 3 from left to right."));
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) value);
    }

    private static double positiveWeight(Fields f) {
        OptionalDouble weight = f.number("weight");
        return weight.isPresent() ? checkedWeight(f, weight.getAsDouble()) : 1;
    }

    /** A weight greater than 0 (BSC009 otherwise) within the weight range (BSC034 otherwise); 1 when it is not. */
    static double checkedWeight(Fields f, double weight) {
        if (weight <= 0) {
            f.report().accept(Problem.of(ProblemCode.INVALID_VALUE, f.at("weight"), "'weight' must be greater than 0."));
            return 1;
        }
        if (weight < Numbers.MIN_WEIGHT || weight > Numbers.MAX_WEIGHT) {
            f.report().accept(Problem.of(ProblemCode.NUMBER_OUT_OF_RANGE, f.at("weight"), "'weight' is " + weight
                    + "; weights lie between 0.000001 and 1000000."));
            return 1;
        }
        return weight;
    }

    static Optional<Initiative> initiative(Fields f, String fileId, String body) {
        Optional<String> id = id(f, fileId);
        Optional<String> name = f.required("name");
        InitiativeStatus status = f.choice("status", InitiativeStatus.values()).orElse(InitiativeStatus.PLANNED);
        OptionalDouble progress = f.number("progress");
        if (progress.isPresent() && (progress.getAsDouble() < 0 || progress.getAsDouble() > 100)) {
            f.report().accept(Problem.of(ProblemCode.INVALID_VALUE, f.at("progress"), "'progress' is a percentage from 0 to 100."));
            progress = OptionalDouble.empty();
        }
        Optional<Budget> budget = f.node("budget").flatMap(node ->
                Fields.open(node, f.file(), f.lineOffset(), "a budget", Set.of("planned", "spent", "currency"), f.report())
                        .map(b -> new Budget(b.number("planned"), b.number("spent"), b.text("currency", ""), b.origin())));
        List<Milestone> milestones = new ArrayList<>();
        for (Node item : f.list("milestones")) {
            Fields.open(item, f.file(), f.lineOffset(), "a milestone", Set.of("name", "due", "done"), f.report())
                    .ifPresent(m -> m.required("name").ifPresent(n ->
                            milestones.add(new Milestone(n, m.date("due"), m.bool("done").orElse(false), m.origin()))));
        }
        List<String> objectives = f.ids("objectives", false);
        List<String> measures = f.ids("measures", false);
        Optional<LocalDate> start = f.date("start");
        Optional<LocalDate> due = f.date("due");
        if (id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Initiative(id.get(), name.get(), PersonName.normalise(f.text("owner", "")), PersonName.normalise(f.text("sponsor", "")), objectives,
                measures, status, start, due, progress, budget, milestones, body, f.origin()));
    }

    static Optional<OkrSet> okrs(Fields f, String fileId) {
        Optional<Period> period = f.has("period") ? f.period("period") : f.period(fileId, f.at());
        List<Okr> okrs = new ArrayList<>();
        for (Node item : f.list("objectives")) {
            Fields.open(item, f.file(), f.lineOffset(), "an OKR objective", OKR_KEYS, f.report()).ifPresent(o -> {
                Optional<String> id = o.required("id");
                Optional<String> name = o.required("name");
                List<String> supports = new ArrayList<>(o.ids("supports", true));
                supports.addAll(o.ids("support", true));
                List<KeyResult> keyResults = new ArrayList<>();
                for (Node kr : o.list("key-results")) {
                    Fields.open(kr, f.file(), f.lineOffset(), "a key result", KEY_RESULT_KEYS, f.report())
                            .ifPresent(k -> keyResult(k).ifPresent(keyResults::add));
                }
                if (id.isPresent() && !Fields.ID.matcher(id.get()).matches()) {
                    o.invalidId(o.at("id"), id.get());
                } else if (id.isPresent() && name.isPresent()) {
                    okrs.add(new Okr(id.get(), name.get(), PersonName.normalise(o.text("owner", "")), supports, keyResults, o.origin()));
                }
            });
        }
        return period.map(p -> new OkrSet(p, okrs, f.origin()));
    }

    private static Optional<KeyResult> keyResult(Fields k) {
        Optional<String> name = k.required("name");
        if (!k.has("from")) {
            k.required("from");
        }
        if (!k.has("to")) {
            k.required("to");
        }
        OptionalDouble from = k.number("from");
        OptionalDouble to = k.number("to");
        OptionalDouble current = k.number("current");
        Optional<String> measure = k.text("measure");
        if (measure.isPresent() && !Fields.ID.matcher(measure.get()).matches()) {
            k.invalidId(k.at("measure"), measure.get());
            return Optional.empty();
        }
        if (name.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new KeyResult(name.get(), measure, from.getAsDouble(), to.getAsDouble(), current, k.origin()));
    }

    static Optional<Review> review(Fields f, String fileId, String body) {
        Optional<Period> period = f.has("period") ? f.period("period") : f.period(fileId, f.at());
        Map<String, String> commentary = new LinkedHashMap<>();
        f.node("commentary").ifPresent(node -> {
            if (node instanceof MappingNode map) {
                for (NodeTuple tuple : map.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && commentary.containsKey(key.getValue().strip())) {
                        f.report().accept(Problem.of(ProblemCode.DUPLICATE_KEY,
                                YamlReader.position(key, f.file(), f.lineOffset()),
                                "The commentary on '" + key.getValue().strip() + "' appears twice."));
                    } else if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value) {
                        commentary.put(key.getValue().strip(), value.getValue().strip());
                    } else {
                        f.report().accept(Problem.of(ProblemCode.WRONG_TYPE,
                                YamlReader.position(tuple.getKeyNode(), f.file(), f.lineOffset()),
                                "Commentary maps an objective id to a text."));
                    }
                }
            } else {
                f.report().accept(Problem.of(ProblemCode.WRONG_TYPE, f.at("commentary"),
                        "'commentary' maps objective ids to texts."));
            }
        });
        Optional<LocalDate> date = f.date("date");
        List<String> attendees = f.texts("attendees").stream().map(PersonName::normalise).toList();
        List<String> decisions = f.texts("decisions");
        return period.map(p -> new Review(p, date, attendees, decisions, commentary, body, f.origin()));
    }
}
