package dev.bscportal.core.preview;

import dev.bscportal.core.files.FileTrees;
import dev.bscportal.core.site.SiteResources;
import dev.bscportal.core.testing.TreeCopy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The edits of {@link RandomEdits} that reach past single text files: measurement workbooks ({@code .xlsx}) added,
 * edited cell by cell, turned from long to wide, made from a CSV file and broken; template overrides in the user's
 * template directory (a page template, the layout, an asset, a label) added, edited and removed, and the whole folder
 * taken away; units nested under units, renamed, moved under another unit; deleted files put back after other edits,
 * and new measurement files and objectives. Drawn from the same seeded random as the others.
 */
final class SourceEdits {

    /** Page templates an override may replace (the layout lib.ftlh too): a comment is put into what they render. */
    private static final List<String> PAGE_TEMPLATES = List.of("home", "scorecard", "objective", "measure", "perspective",
            "theme", "initiatives", "owner", "lib");
    private static final List<String> LABELS = List.of("nav.home", "nav.scorecard", "nav.initiatives", "skip");
    /** Date cells: month, quarter and year ends and starts, so that each frequency reads some as its own periods. */
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30),
            LocalDate.of(2026, 12, 31), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 31), LocalDate.of(2025, 12, 31));
    private static final List<String> PERIODS = List.of("2026-10", "2026-09", "2026-Q3", "2026-Q4", "2026", "2025-12");

    private final RandomEdits edits;
    /** The workbooks these edits wrote, by path; one not in here (the example's devices.xlsx) is replaced when edited. */
    private final Map<Path, RandomWorkbook> books = new HashMap<>();

    SourceEdits(RandomEdits edits) {
        this.edits = edits;
    }

    // ---- (a) workbooks

    void workbooks(Map<String, RandomEdits.Kind> kinds, Map<String, RandomEdits.Kind> breaks) {
        kinds.put("a workbook added", () -> edits.pick(scorecards()).flatMap(card -> {
            List<String> measures = measureIds(card);
            if (measures.isEmpty()) {
                return Optional.empty();
            }
            RandomWorkbook book = new RandomWorkbook(edits.random.nextInt(3) == 0, List.of());
            for (int i = 1 + edits.random.nextInt(4); i > 0; i--) {
                book = book.plus(row(edits.oneOf(measures)));
            }
            Path file = card.resolve("measurements/book-" + (++edits.counter) + ".xlsx");
            put(file, book);
            return Optional.of(edits.rel(file) + " " + book);
        }));
        kinds.put("a workbook cell edited", () -> edits.pick(edits.files("measurements", ".xlsx")).map(file -> {
            RandomWorkbook book = books.get(file);
            Path card = file.getParent().getParent();
            List<String> measures = measureIds(card);
            if (book == null || book.rows().isEmpty()) {
                book = new RandomWorkbook(false, measures.isEmpty() ? List.of() : List.of(row(edits.oneOf(measures))));
            } else {
                int at = edits.random.nextInt(book.rows().size());
                RandomWorkbook.Row was = book.rows().get(at);
                book = switch (edits.random.nextInt(measures.isEmpty() ? 5 : 6)) {
                    case 0 -> book.with(at, new RandomWorkbook.Row(was.measure(), was.period(), value(), was.note()));
                    case 1 -> book.with(at, new RandomWorkbook.Row(was.measure(), period(), was.value(), was.note()));
                    case 2 -> book.with(at, new RandomWorkbook.Row(was.measure(), was.period(), was.value(), "Note " + (++edits.counter)));
                    case 3 -> book.without(at);
                    case 4 -> book.turned();
                    default -> book.plus(row(edits.oneOf(measures)));
                };
            }
            put(file, book);
            return edits.rel(file) + " " + book;
        }));
        kinds.put("a CSV file made a workbook", () -> edits.pick(edits.files("measurements", ".csv")).map(csv -> {
            Matcher m = Pattern.compile("(?m)^(?!measure,)([a-z0-9-]+),([^,\\n]+),(-?[0-9.]+)(?:,(.*))?$").matcher(RandomEdits.read(csv));
            List<RandomWorkbook.Row> rows = new ArrayList<>();
            while (m.find()) {
                rows.add(new RandomWorkbook.Row(m.group(1), m.group(2), Double.valueOf(m.group(3)),
                        m.group(4) == null ? "" : m.group(4).replace("\"", "").strip()));
            }
            Path file = csv.resolveSibling(RandomEdits.id(csv) + ".xlsx");
            byte[] text = RandomEdits.bytes(csv);
            RandomEdits.delete(csv);
            edits.onUndo(() -> Files.write(csv, text));
            put(file, new RandomWorkbook(false, rows));
            return edits.rel(csv) + " -> " + edits.rel(file) + " (" + rows.size() + " rows)";
        }));
        // a date cell is read as a period of its measure's frequency: the same bytes say another period
        kinds.put("the frequency of a measure a workbook dates", () -> {
            List<Path> dated = books.entrySet().stream().filter(e -> Files.exists(e.getKey()))
                    .filter(e -> e.getValue().rows().stream().anyMatch(r -> r.period() instanceof LocalDate))
                    .map(Map.Entry::getKey).sorted().toList();
            return edits.pick(dated).flatMap(file -> {
                List<String> measures = books.get(file).rows().stream().filter(r -> r.period() instanceof LocalDate)
                        .map(RandomWorkbook.Row::measure).distinct().sorted().toList();
                Path yaml = file.getParent().getParent().resolve("measures/" + edits.oneOf(measures) + ".yaml");
                if (!Files.exists(yaml)) {
                    return Optional.empty();
                }
                return Optional.of(edits.setKey(yaml, "frequency", edits.oneOf(List.of("monthly", "quarterly", "yearly"))));
            });
        });
        breaks.put("break: a workbook value that is not a number", () -> edits.pick(edits.files("measurements", ".xlsx")).map(file -> {
            RandomWorkbook book = books.get(file);
            List<String> measures = measureIds(file.getParent().getParent());
            RandomWorkbook.Row row = new RandomWorkbook.Row(measures.isEmpty() ? "no-such-measure" : edits.oneOf(measures), period(), "n/a", "");
            put(file, book == null ? new RandomWorkbook(false, List.of(row)) : book.plus(row));
            return edits.rel(file);
        }));
        breaks.put("break: a workbook that is not one", () -> edits.pick(scorecards()).map(card -> {
            Path file = card.resolve("measurements/broken-" + (++edits.counter) + ".xlsx");
            edits.write(file, "measure,period,value\n".getBytes(StandardCharsets.UTF_8));
            return edits.rel(file);
        }));
    }

    private RandomWorkbook.Row row(String measure) {
        return new RandomWorkbook.Row(measure, period(), value(), edits.random.nextInt(3) == 0 ? "Note " + (++edits.counter) : "");
    }

    private Object period() {
        return edits.random.nextBoolean() ? DATES.get(edits.random.nextInt(DATES.size())) : PERIODS.get(edits.random.nextInt(PERIODS.size()));
    }

    private Object value() {
        return edits.random.nextInt(6) == 0 ? edits.number(0, 120) : Double.valueOf(edits.number(0, 120));
    }

    /** Writes the workbook; the undo puts back the bytes and what this class knows of the file. */
    private void put(Path file, RandomWorkbook book) {
        RandomWorkbook was = books.get(file);
        edits.onUndo(() -> {
            if (was == null) {
                books.remove(file);
            } else {
                books.put(file, was);
            }
        });
        try {
            edits.write(file, book.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        books.put(file, book);
    }

    // ---- (b) template overrides

    void overrides(Map<String, RandomEdits.Kind> kinds) {
        kinds.put("a page template overridden", () -> {
            String name = "templates/" + edits.oneOf(PAGE_TEMPLATES) + ".ftlh";
            Path file = edits.templates.resolve(name);
            String text = Files.exists(file) ? RandomEdits.read(file) : builtIn(name);
            String comment = "<!-- override " + (++edits.counter) + " -->";
            String anchor = name.endsWith("lib.ftlh") ? "<main id=\"main\">" : "<@l.layout>";
            int at = text.indexOf(anchor);
            text = at < 0 ? text + comment + "\n" : text.substring(0, at + anchor.length()) + comment + text.substring(at + anchor.length());
            edits.write(file, text.getBytes(StandardCharsets.UTF_8));
            return Optional.of(name + " " + comment);
        });
        kinds.put("an asset overridden", () -> {
            boolean own = edits.random.nextInt(3) == 0;
            String name = own ? "assets/extra-" + edits.random.nextInt(3) + ".css" : "assets/site.css";
            Path file = edits.templates.resolve(name);
            String text = Files.exists(file) ? RandomEdits.read(file) : own ? "" : builtIn(name);
            String rule = "\n.override-" + (++edits.counter) + " { color: #123; }\n";
            edits.write(file, (text + rule).getBytes(StandardCharsets.UTF_8));
            return Optional.of(name + " +" + rule.strip());
        });
        kinds.put("a label overridden", () -> {
            Path file = edits.templates.resolve("i18n/labels.properties");
            String text = Files.exists(file) ? RandomEdits.read(file) : "";
            String key = edits.oneOf(LABELS);
            String line = key + "=" + key + " " + (++edits.counter);
            text = text.replaceAll("(?m)^" + Pattern.quote(key) + "=.*\\n", "") + line + "\n";
            edits.write(file, text.getBytes(StandardCharsets.UTF_8));
            return Optional.of(line);
        });
        kinds.put("an override removed", () -> edits.pick(overrideFiles()).map(file -> {
            byte[] bytes = RandomEdits.bytes(file);
            RandomEdits.delete(file);
            edits.onUndo(() -> Files.write(file, bytes));
            return edits.templates.relativize(file).toString();
        }));
        kinds.put("the template folder removed", () -> {
            if (!Files.isDirectory(edits.templates)) {
                return Optional.empty();
            }
            Path away = edits.stash.resolve("templates-" + (++edits.counter));
            RandomEdits.move(edits.templates, away);
            edits.onUndo(() -> {
                // the edits after this one were undone first: what they left is empty folders (writes make them)
                FileTrees.deleteQuietly(edits.templates);
                Files.move(away, edits.templates);
            });
            return Optional.of(overrideFiles(away).size() + " files");
        });
    }

    private static String builtIn(String name) {
        try (InputStream in = SiteResources.class.getClassLoader().getResourceAsStream(SiteResources.BUILT_IN_ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("no built-in " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> overrideFiles() {
        return overrideFiles(edits.templates);
    }

    private static List<Path> overrideFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- (c) units

    void units(Map<String, RandomEdits.Kind> kinds) {
        kinds.put("a unit nested under a unit", () -> edits.pick(edits.units()).map(parent -> {
            Path unit = parent.resolve("units/nested-" + (++edits.counter));
            try {
                Files.createDirectories(unit);
                edits.onUndo(() -> FileTrees.deleteQuietly(unit));
                Files.writeString(unit.resolve("strategy.yaml"), "name: Nested unit " + edits.counter + "\n");
                for (String folder : List.of("objectives", "measures", "measurements")) {
                    if (Files.isDirectory(parent.resolve(folder))) {
                        TreeCopy.copy(parent.resolve(folder), unit.resolve(folder));
                    }
                }
                // the parent's objectives support the company's, which the new unit's parent does not have
                for (Path objective : edits.all().stream().filter(f -> f.startsWith(unit.resolve("objectives"))).toList()) {
                    Files.writeString(objective, RandomEdits.read(objective).replaceAll("(?m)^supports: .*\\n", ""));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return edits.rel(unit) + " (a copy of " + edits.rel(parent) + "'s objectives, measures and measurements)";
        }));
        kinds.put("a unit renamed", () -> edits.pick(edits.units()).map(unit -> {
            Path to = unit.resolveSibling("renamed-" + (++edits.counter));
            RandomEdits.move(unit, to);
            edits.onUndo(() -> Files.move(to, unit));
            return edits.rel(unit) + " -> " + edits.rel(to);
        }));
        kinds.put("a unit moved under another", () -> {
            List<Path> units = edits.units();
            if (units.size() < 2) {
                return Optional.empty();
            }
            Path unit = edits.pick(units).orElseThrow();
            List<Path> others = units.stream().filter(u -> !u.startsWith(unit) && !u.equals(unit.getParent().getParent())).toList();
            return edits.pick(others).map(other -> {
                Path to = other.resolve("units").resolve(unit.getFileName());
                if (Files.exists(to)) {
                    to = to.resolveSibling("moved-" + (++edits.counter));
                }
                Path target = to;
                RandomEdits.move(unit, target);
                edits.onUndo(() -> Files.move(target, unit));
                return edits.rel(unit) + " -> " + edits.rel(target);
            });
        });
    }

    // ---- (d) files put back and added

    void files(Map<String, RandomEdits.Kind> kinds) {
        kinds.put("a deleted file put back", () -> edits.pick(edits.deleted.keySet().stream()
                .filter(f -> !Files.exists(f) && Files.isDirectory(f.getParent())).toList()).map(file -> {
                    byte[] bytes = edits.deleted.get(file);
                    edits.write(file, bytes);
                    return edits.rel(file);
                }));
        kinds.put("a measurement file added", () -> edits.pick(scorecards()).flatMap(card -> {
            List<String> measures = measureIds(card);
            if (measures.isEmpty()) {
                return Optional.empty();
            }
            StringBuilder text = new StringBuilder("measure,period,value,note\n");
            for (int i = 1 + edits.random.nextInt(3); i > 0; i--) {
                text.append(edits.oneOf(measures)).append(',').append(PERIODS.get(edits.random.nextInt(PERIODS.size())))
                        .append(',').append(edits.number(0, 120)).append(",\n");
            }
            Path file = card.resolve("measurements/added-" + (++edits.counter) + ".csv");
            edits.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
            return Optional.of(edits.rel(file) + " " + text.toString().strip().replace('\n', ' '));
        }));
        kinds.put("an objective added", () -> edits.pick(edits.files("objectives", ".md")).map(from -> {
            Path file = from.resolveSibling("added-" + (++edits.counter) + ".md");
            String text = RandomEdits.read(from).replaceFirst("(?m)^name: .*$", "name: Added objective " + edits.counter);
            edits.write(file, text.getBytes(StandardCharsets.UTF_8));
            return edits.rel(file) + " (a copy of " + edits.rel(from) + ")";
        }));
    }

    // ---- where

    /** The company's folder and every unit's, sorted. */
    private List<Path> scorecards() {
        List<Path> cards = new ArrayList<>();
        cards.add(edits.root);
        cards.addAll(edits.units());
        return cards;
    }

    /** The ids of a scorecard's measures (its measures/*.yaml), sorted. */
    private static List<String> measureIds(Path card) {
        Path folder = card.resolve("measures");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".yaml")).map(RandomEdits::id).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
