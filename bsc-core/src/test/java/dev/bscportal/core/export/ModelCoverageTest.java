package dev.bscportal.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.model.ModelWalk;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.redact.ModelText;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every component of every model record is handled where a field must be handled: walked by {@link ModelWalk} (which
 * redaction and page digests share) or on its explicit list, and either exported to strategy.json or on the list of
 * what that format leaves out, with the reason. A component added to a record fails here until it is placed.
 */
class ModelCoverageTest {

    private static final String MODEL = "dev.bscportal.core.model";

    /** Model records a strategy does not hold, and why. */
    private static final Map<String, String> NOT_IN_STRATEGY = Map.of(
            "ModelWalk.Component", "a value of the walk itself",
            "ModelWalk.Part", "the walk's cached accessor of a component",
            "DataSource", "a source of bsc:fetch (sources/*.yaml), read only by fetch, never by a build",
            "DataSource.SourceLimits", "part of DataSource",
            "ObjectiveKey", "a key that score and validate build from a unit path and an id; not stored in the model",
            "MeasureUnit", "derived from Measure.unit on demand (Measure.unitKind), not stored");

    /** Leaf types the walk and the page digests treat as values. */
    private static final Set<Class<?>> LEAVES = Set.of(String.class, double.class, int.class, long.class, boolean.class,
            LocalDate.class, OptionalDouble.class, OptionalInt.class);

    /** Components of the records strategy.json carries, by the JSON field each becomes. */
    private static final Map<String, String> EXPORTED = Map.ofEntries(
            entry("Scorecard.path", "path"), entry("Scorecard.perspectives", "perspectives"),
            entry("Scorecard.themes", "themes"), entry("Scorecard.objectives", "objectives"),
            entry("Scorecard.measures", "measures"), entry("Scorecard.initiatives", "initiatives"),
            entry("Scorecard.units", "units"), entry("Scorecard.info", "name"),
            entry("StrategyInfo.name", "name"), entry("StrategyInfo.mission", "mission"),
            entry("StrategyInfo.vision", "vision"), entry("StrategyInfo.values", "values"),
            entry("StrategyInfo.stage", "stage"), entry("StrategyInfo.horizon", "horizon"),
            entry("Perspective.id", "id"), entry("Perspective.name", "name"), entry("Perspective.question", "question"),
            entry("Theme.id", "id"), entry("Theme.name", "name"), entry("Theme.description", "description"),
            entry("Theme.colour", "colour"),
            entry("Objective.id", "id"), entry("Objective.name", "name"), entry("Objective.perspective", "perspective"),
            entry("Objective.themes", "themes"), entry("Objective.owner", "owner"), entry("Objective.weight", "weight"),
            entry("Objective.drives", "drives"), entry("Objective.supports", "supports"),
            entry("Measure.id", "id"), entry("Measure.name", "name"), entry("Measure.objectives", "objectives"),
            entry("Measure.unit", "unit"), entry("Measure.polarity", "polarity"), entry("Measure.kind", "kind"),
            entry("Measure.frequency", "frequency"), entry("Measure.owner", "owner"), entry("Measure.targets", "target"),
            entry("Measure.calculation", "calc"), entry("ObjectiveLink.objective", "objectives"),
            entry("Initiative.id", "id"), entry("Initiative.name", "name"), entry("Initiative.owner", "owner"),
            entry("Initiative.status", "status"), entry("Initiative.objectives", "objectives"),
            entry("Initiative.measures", "measures"), entry("Initiative.start", "start"), entry("Initiative.due", "due"),
            entry("Initiative.progress", "progress"),
            entry("Calculation.expression", "expression"), entry("Calculation.inputs", "inputs"),
            entry("Calculation.rows", "trail"), entry("Calculation.Row.period", "period"),
            entry("Calculation.Row.values", "inputs"), entry("Calculation.Row.result", "result"),
            entry("Calculation.Row.reason", "reason"));

    private static final String NOT_IN_FORMAT = "not part of format bsc-strategy/1 (docs/export.md); the site shows it";

    /** Components of those records strategy.json leaves out, and why. */
    private static final Map<String, String> NOT_EXPORTED = Map.ofEntries(
            entry("Scorecard.directory", "the unit's folder: path identifies the unit"),
            entry("Scorecard.measurements", "actuals are exported per measure (actual, history), as scored"),
            entry("Scorecard.okrs", NOT_IN_FORMAT), entry("Scorecard.reviews", NOT_IN_FORMAT),
            entry("Scorecard.unreadable", "files that could not be read: the build fails on them"),
            entry("StrategyInfo.asOf", "exported once, as the top-level asOf the scores were computed for"),
            entry("Objective.ownerLabel", "the map box's short owner marker, derived from owner"),
            entry("Objective.order", "the objectives array is in this order"),
            entry("Objective.body", NOT_IN_FORMAT),
            entry("Measure.description", NOT_IN_FORMAT), entry("Measure.decimals", "display precision of the site"),
            entry("Measure.aggregation", "how values roll up: the export carries the rolled-up values"),
            entry("Measure.dataSource", NOT_IN_FORMAT), entry("Measure.formula", NOT_IN_FORMAT),
            entry("Measure.baseline", NOT_IN_FORMAT),
            entry("Measure.periodTargets", "the targets in force for the latest period are exported (threshold, target, stretch)"),
            entry("ObjectiveLink.weight", NOT_IN_FORMAT),
            entry("Initiative.sponsor", NOT_IN_FORMAT), entry("Initiative.budget", NOT_IN_FORMAT),
            entry("Initiative.milestones", NOT_IN_FORMAT), entry("Initiative.body", NOT_IN_FORMAT));

    private static final Strategy EXAMPLE = example();

    @Test
    void givenTheModelPackage_whenItsRecordsAreListed_thenEachIsWalkedFromTheStrategyOrExcludedWithAReason() throws Exception {
        Map<String, Class<?>> reachable = reachableRecords();
        List<String> unplaced = new ArrayList<>();
        for (Class<?> type : modelRecords()) {
            String name = key(type);
            if (!reachable.containsKey(name) && !NOT_IN_STRATEGY.containsKey(name)) {
                unplaced.add(name);
            }
        }
        assertEquals(List.of(), unplaced, "model records neither in a Strategy nor in NOT_IN_STRATEGY");
        assertTrue(reachable.size() >= 20, "records walked: " + reachable.keySet());
        for (String excluded : NOT_IN_STRATEGY.keySet()) {
            assertFalse(reachable.containsKey(excluded), excluded + " is in a Strategy now: take it off NOT_IN_STRATEGY");
        }
    }

    @Test
    void givenEveryComponentOfTheStrategy_whenItsTypeIsChecked_thenTheWalkAndTheDigestsKnowIt() {
        List<String> unknown = new ArrayList<>();
        reachableRecords().values().forEach(type -> {
            for (RecordComponent c : type.getRecordComponents()) {
                if (!known(c.getGenericType())) {
                    unknown.add(key(type) + "." + c.getName() + ": " + c.getGenericType().getTypeName());
                }
            }
        });
        assertEquals(List.of(), unknown, "component types the walk would pass through as opaque values");
    }

    @Test
    void givenTheRedactionLists_whenCheckedAgainstTheRecords_thenEachNamesARealTextComponent() {
        Set<String> components = allComponentKeys();
        for (String key : union(ModelText.IDENTIFIERS, ModelText.MARKDOWN)) {
            assertTrue(components.contains(key), key + " is on a ModelText list but is no component of the model");
        }
    }

    @Test
    void givenTheExample_whenEveryTextIsRewrittenThroughTheWalk_thenNoTextOutsideIdsAndOriginsIsMissed() {
        Strategy marked = new ModelWalk().rewrite(EXAMPLE, new ModelWalk.Rewriter() {
            @Override
            public boolean keeps(String key, Object value) {
                return value instanceof Origin;
            }

            @Override
            public Object leaf(String key, Object value) {
                return value instanceof String s ? "\u2691" + s : value;
            }
        });

        List<String> missed = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        texts(marked, "", (key, text) -> {
            seen.merge(key, 1, Integer::sum);
            if (!text.startsWith("\u2691")) {
                missed.add(key + ": " + text);
            }
        });
        assertEquals(List.of(), missed);
        assertTrue(seen.keySet().containsAll(List.of("Measure.owner", "Initiative.sponsor", "Review.attendees",
                "Review.commentary", "KeyResult.name", "Milestone.name", "Budget.currency", "Measurement.note")), seen.keySet()
                + " should hold the texts of every kind of element");
    }

    @Test
    void givenTheRecordsStrategyJsonCarries_whenTheirComponentsAreListed_thenEachIsExportedOrLeftOutWithAReason() {
        List<String> records = List.of("Scorecard", "StrategyInfo", "Perspective", "Theme", "Objective", "Measure",
                "ObjectiveLink", "Initiative", "Calculation", "Calculation.Row");
        Map<String, Class<?>> reachable = reachableRecords();
        List<String> unplaced = new ArrayList<>();
        for (String record : records) {
            for (RecordComponent c : reachable.get(record).getRecordComponents()) {
                String key = record + "." + c.getName();
                boolean origin = c.getType() == Origin.class;
                if (!origin && EXPORTED.containsKey(key) == NOT_EXPORTED.containsKey(key)) {
                    unplaced.add(key);
                }
            }
        }
        assertEquals(List.of(), unplaced, "components neither in EXPORTED nor in NOT_EXPORTED (exactly one)");
        Set<String> keys = allComponentKeys();
        union(EXPORTED.keySet(), NOT_EXPORTED.keySet()).forEach(k -> assertTrue(keys.contains(k), k + " is no component"));
    }

    @Test
    void givenTheExamplesStrategyJson_whenRead_thenEveryExportedComponentIsAFieldOfItsObject() throws IOException {
        CheckResult checked = StrategyDir.empty(Path.of("../example-strategy/src/strategy")).check();
        JsonNode company = new ObjectMapper().readTree(StrategyJson.write(EXAMPLE, checked.scores().orElseThrow())).get("company");
        JsonNode measure = stream(company.get("measures")).filter(m -> m.has("calc")).findFirst().orElseThrow();
        JsonNode calc = measure.get("calc");
        Map<String, JsonNode> objects = Map.of("Scorecard", company, "StrategyInfo", company,
                "Perspective", company.get("perspectives").get(0), "Theme", company.get("themes").get(0),
                "Objective", company.get("objectives").get(0), "Measure", measure, "ObjectiveLink", measure,
                "Initiative", company.get("initiatives").get(0), "Calculation", calc, "Calculation.Row", calc.get("trail").get(0));

        EXPORTED.forEach((key, field) -> {
            String record = key.substring(0, key.lastIndexOf('.'));
            assertTrue(objects.get(record).has(field), key + " should be the field '" + field + "' of " + record);
        });
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out.stream();
    }

    /** Every String in the model with the key of the component holding it; Origins left out (never published). */
    private static void texts(Object value, String key, java.util.function.BiConsumer<String, String> out) {
        if (value instanceof String s) {
            out.accept(key, s);
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> texts(v, key, out));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> texts(v, key, out));
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> texts(v, key, out));
        } else if (value instanceof Record r && !(value instanceof Origin)) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    texts(c.getAccessor().invoke(r), r.getClass().getSimpleName() + "." + c.getName(), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static boolean known(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            boolean container = raw == List.class || raw == Set.class || raw == Optional.class || raw == Map.class;
            return container && Stream.of(p.getActualTypeArguments()).allMatch(ModelCoverageTest::known);
        }
        Class<?> c = (Class<?>) type;
        return LEAVES.contains(c) || c.isEnum() || c.isRecord() && (c.getPackageName().startsWith(MODEL)
                || c.getPackageName().equals("dev.bscportal.core.problem"));
    }

    /** Record types reachable from Strategy through components (and their type arguments), by key. */
    private static Map<String, Class<?>> reachableRecords() {
        Map<String, Class<?>> found = new TreeMap<>();
        collect(Strategy.class, found);
        return found;
    }

    private static void collect(Type type, Map<String, Class<?>> found) {
        if (type instanceof ParameterizedType p) {
            Stream.of(p.getActualTypeArguments()).forEach(t -> collect(t, found));
            return;
        }
        Class<?> c = (Class<?>) type;
        if (!c.isRecord() || !c.getPackageName().equals(MODEL) || found.put(key(c), c) != null) {
            return;
        }
        for (RecordComponent component : c.getRecordComponents()) {
            collect(component.getGenericType(), found);
        }
    }

    /** Every record class compiled into the model package, nested ones included. */
    private static List<Class<?>> modelRecords() throws Exception {
        Path dir = Path.of(Strategy.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(MODEL.replace('.', '/'));
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String simple = f.getFileName().toString().replace(".class", "");
                Class<?> c = Class.forName(MODEL + "." + simple);
                if (c.isRecord() && !c.isAnonymousClass()) {
                    records.add(c);
                }
            }
        }
        return records;
    }

    private static Set<String> allComponentKeys() {
        Set<String> keys = new TreeSet<>();
        reachableRecords().forEach((name, type) -> {
            for (RecordComponent c : type.getRecordComponents()) {
                keys.add(name + "." + c.getName());
            }
        });
        return keys;
    }

    /** A record's name as the walk's keys spell it: nested records with their outer record, Calculation.Row. */
    private static String key(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName() : key(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Strategy example() {
        return StrategyDir.empty(Path.of("../example-strategy/src/strategy")).check().strategy().orElseThrow();
    }
}
