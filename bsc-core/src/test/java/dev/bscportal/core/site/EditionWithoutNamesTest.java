package dev.bscportal.core.site;

import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.redact.Shown;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An edition without owners publishes no owner's name, whichever field of the model it sits in: every text
 * field of every record of the model (found by reflection, so a field added later is planted too) gets a
 * sentinel name, written in another case, spacing or Markdown form per field, and no reading of any file of the
 * edition (as written, references decoded, percent-decoded, JSON-unescaped, the text a browser shows, every
 * attribute) shows it.
 */
class EditionWithoutNamesTest {

    private static final List<String> NAMES = List.of("Zebulon Quartermaine", "Xaviera Brightwater");
    /** Fields the loader only accepts in a fixed shape (ids and references: [a-z0-9-]; a colour: #hex or a CSS name). */
    private static final Set<String> SHAPED = Set.of("Scorecard.path", "Scorecard.directory", "Scorecard.unreadable",
            "Perspective.id", "Theme.id", "Theme.colour", "Objective.id", "Objective.perspective", "Objective.themes",
            "Objective.drives", "Objective.supports", "ObjectiveLink.objective", "Measure.id", "Measurement.measure",
            "Initiative.id", "Initiative.objectives", "Initiative.measures", "KeyResult.measure", "Okr.id", "Okr.supports");
    /** The fields that name a person. */
    private static final Set<String> PERSON = Set.of("Objective.owner", "Measure.owner", "Initiative.owner",
            "Initiative.sponsor", "Okr.owner", "Review.attendees");
    private static final List<String> PLAIN_FORMS = List.of("%s", "%S", "%s", "lower:%s", "nbsp:%s", "tab:%s",
            "newline:%s", "twospaces:%s", "ref:%s");
    private static final List<String> MARKDOWN_FORMS = List.of("strong:%s", "emphasis:%s", "entity:%s", "newline:%s",
            "code:%s", "link:%s", "%s", "zwsp:%s", "percent:%s");

    @TempDir
    Path dir;

    private final Map<String, Integer> planted = new TreeMap<>();
    private int counter;

    @Test
    void givenASentinelNameInEveryTextFieldOfTheModelWhenTheEditionWithoutOwnersIsBuiltThenNoFileShowsIt() throws Exception {
        // given the example strategy with a sentinel name planted in every text field
        CheckResult checked = StrategyDir.empty(Path.of("../example-strategy/src/strategy")).check();
        Strategy strategy = (Strategy) plant(checked.strategy().orElseThrow(), "");
        // when the full site and the edition without owners are built
        Path full = render(strategy, checked, Set.of(), "full");
        Path edition = render(strategy, checked, EnumSet.of(Redaction.OWNERS), "edition");
        // then the full site shows the names (the check can see them), the edition in no reading of any file
        List<String> shownInFull = leaks(full);
        assertTrue(shownInFull.size() > 40, "the full site shows the planted names: " + shownInFull.size());
        assertEquals(List.of(), leaks(edition));
        // and every kind of text field was planted
        for (String field : List.of("StrategyInfo.name", "StrategyInfo.horizon", "StrategyInfo.values", "Perspective.name",
                "Perspective.question", "Theme.name", "Theme.description", "Measure.unit", "Measure.formula",
                "Measure.dataSource", "Measurement.note", "Milestone.name", "KeyResult.name", "Budget.currency",
                "Review.decisions", "Review.commentary", "Objective.body", "Initiative.body", "Review.body", "Okr.name")) {
            assertTrue(planted.containsKey(field), field + " planted: " + planted.keySet());
        }
        System.out.println("planted " + planted.values().stream().mapToInt(Integer::intValue).sum() + " texts in "
                + planted.size() + " fields: " + planted.keySet() + "; the full site shows them " + shownInFull.size()
                + " times (file and name)");
    }

    @Test
    void givenTheSentinelsEverywhereWhenTheEditionWithoutOwnersAndActualsIsBuiltThenNoFileShowsThem() throws Exception {
        CheckResult checked = StrategyDir.empty(Path.of("../example-strategy/src/strategy")).check();
        Strategy strategy = (Strategy) plant(checked.strategy().orElseThrow(), "");
        Path edition = render(strategy, checked, EnumSet.allOf(Redaction.class), "public");
        assertEquals(List.of(), leaks(edition));
    }

    private Path render(Strategy strategy, CheckResult checked, Set<Redaction> omit, String name) throws Exception {
        Path out = Files.createDirectories(dir.resolve(name));
        new SiteRenderer(SiteOptions.defaults().withRedactions(omit).withSiteUrl("https://example.org/strategy/"),
                Optional.of(Dot.required()), false).render(strategy, checked.scores().orElseThrow(), out, n -> { });
        return out;
    }

    private static List<String> leaks(Path site) throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".png") || name.endsWith(".woff2")) {
                    continue;
                }
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                boolean markup = name.endsWith(".html") || name.endsWith(".svg") || name.endsWith(".xml");
                for (String n : NAMES) {
                    String leak = Shown.leak(text, markup, n);
                    if (leak != null) {
                        found.add(site.relativize(f) + ": " + leak);
                    }
                }
            }
        }
        return found;
    }

    /** The value with a sentinel planted in every text field below it. */
    private Object plant(Object value, String component) throws Exception {
        if (value == null || value instanceof Origin || SHAPED.contains(component)) {
            return value;
        }
        if (value instanceof String s) {
            planted.merge(component, 1, Integer::sum);
            String name = NAMES.get(counter++ % NAMES.size());
            if (PERSON.contains(component)) {
                return name;
            }
            boolean markdown = dev.bscportal.core.redact.ModelText.MARKDOWN.contains(component);
            List<String> forms = markdown ? MARKDOWN_FORMS : PLAIN_FORMS;
            return s + " " + spell(forms.get(counter % forms.size()), name) + " end";
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent() ? Optional.of(plant(o.get(), component)) : o;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object v : list) {
                out.add(plant(v, component));
            }
            if (list.isEmpty() && (component.equals("Review.attendees") || component.equals("StrategyInfo.values"))) {
                out.add(plant("", component));
            }
            return List.copyOf(out);
        }
        if (value instanceof Set<?> set) {
            Set<Object> out = new TreeSet<>();
            for (Object v : set) {
                out.add(plant(v, component));
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(e.getKey(), plant(e.getValue(), component));
            }
            return out;
        }
        if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int k = 0; k < components.length; k++) {
                values[k] = plant(components[k].getAccessor().invoke(record), record.getClass().getSimpleName() + "." + components[k].getName());
                types[k] = components[k].getType();
            }
            return record.getClass().getDeclaredConstructor(types).newInstance(values);
        }
        return value;
    }

    private static String spell(String form, String name) {
        String[] parts = name.split(" ");
        String kind = form.contains(":") ? form.substring(0, form.indexOf(':')) : form;
        return switch (kind) {
            case "%S" -> name.toUpperCase(java.util.Locale.ROOT);
            case "lower" -> name.toLowerCase(java.util.Locale.ROOT);
            case "nbsp" -> parts[0] + "\u00a0" + parts[1];
            case "tab" -> parts[0] + "\t" + parts[1];
            case "newline" -> parts[0] + "\n" + parts[1];
            case "twospaces" -> parts[0] + "  " + parts[1];
            case "ref" -> parts[0] + "&#32;" + parts[1];
            case "strong" -> "**" + parts[0] + "** " + parts[1];
            case "emphasis" -> "_" + parts[0] + "_ *" + parts[1] + "*";
            case "entity" -> "&#" + (int) parts[0].charAt(0) + ";" + parts[0].substring(1) + "&nbsp;" + parts[1];
            case "code" -> "`" + name + "`";
            case "link" -> "[" + name + "](https://intranet.example/people/" + parts[0] + "%20" + parts[1] + ")";
            case "zwsp" -> parts[0].charAt(0) + "\u200b" + parts[0].substring(1) + " " + parts[1];
            case "percent" -> "[profile](https://intranet.example/people/" + parts[0] + "%20" + parts[1] + ")";
            default -> name;
        };
    }
}
