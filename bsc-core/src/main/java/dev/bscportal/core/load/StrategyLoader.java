package dev.bscportal.core.load;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.LifecycleStage;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.OkrSet;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Review;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.model.StrategyInfo;
import dev.bscportal.core.model.Theme;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads a strategy directory (see docs/format.md) into a {@link Strategy}. Never throws for anything
 * found in the directory: every problem is reported with file and line. Not thread-safe; use one
 * loader per thread.
 */
public final class StrategyLoader {

    private static final Set<String> STRATEGY_KEYS = Set.of("name", "mission", "vision", "values", "stage", "horizon",
            "as-of", "perspectives", "themes");
    private static final int MAX_UNIT_DEPTH = 8;

    private final LoadLimits limits;
    private final TextFileReader texts = new TextFileReader();
    private final YamlReader yaml;
    private final CsvMeasurementReader csv = new CsvMeasurementReader();
    private final ParsedFiles parsed;

    /**
     * What reading a measure file gives: the measure (empty when the file is not a valid one) and the measurements
     * written inside it, which are kept even then, as before there was a ParsedFiles.
     */
    private record MeasureFile(String fileId, Optional<Measure> measure, List<Measurement> inline) {
    }

    public StrategyLoader() {
        this(LoadLimits.DEFAULTS);
    }

    public StrategyLoader(LoadLimits limits) {
        this(limits, new ParsedFiles());
    }

    /** A loader that reuses (and adds to) what {@code parsed} holds from other loads in the same build. */
    public StrategyLoader(LoadLimits limits, ParsedFiles parsed) {
        this.limits = limits;
        this.yaml = new YamlReader(limits);
        this.parsed = parsed;
    }

    public LoadResult load(Path strategyDirectory) {
        List<Problem> problems = new ArrayList<>();
        Path root;
        try {
            root = strategyDirectory.toRealPath();
        } catch (IOException e) {
            problems.add(Problem.of(ProblemCode.MISSING_STRATEGY, SourcePosition.file("strategy.yaml"),
                    "The strategy directory " + strategyDirectory + " does not exist."));
            return new LoadResult(Optional.empty(), problems);
        }
        Optional<Scorecard> company;
        try {
            company = scorecard(root, root, "", null, 0, problems::add);
        } catch (RuntimeException unexpected) {
            problems.add(Problem.of(ProblemCode.UNREADABLE_FILE, SourcePosition.file(""),
                    "The strategy could not be read (" + unexpected.getClass().getSimpleName() + ")."));
            company = Optional.empty();
        }
        return new LoadResult(company.map(Strategy::new), problems);
    }

    private Optional<Scorecard> scorecard(Path root, Path dir, String path, Scorecard parent, int depth,
                                          Consumer<Problem> report) {
        String prefix = root.relativize(dir).toString().replace('\\', '/');
        String directory = prefix;
        prefix = prefix.isEmpty() ? "" : prefix + "/";
        Path strategyFile = dir.resolve("strategy.yaml");
        if (!Files.isRegularFile(strategyFile)) {
            report.accept(Problem.of(ProblemCode.MISSING_STRATEGY, SourcePosition.file(prefix + "strategy.yaml"),
                    "There is no strategy.yaml in " + (directory.isEmpty() ? "the strategy directory" : directory) + "."));
            return Optional.empty();
        }
        Optional<Fields> head = readYaml(root, strategyFile, prefix + "strategy.yaml", "strategy.yaml", STRATEGY_KEYS, report);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Fields f = head.get();
        String mission = readMarkdown(root, dir.resolve("mission.md"), prefix + "mission.md", report).orElse(f.text("mission", ""));
        String vision = readMarkdown(root, dir.resolve("vision.md"), prefix + "vision.md", report).orElse(f.text("vision", ""));
        Optional<LifecycleStage> stage = f.choice("stage", LifecycleStage.values());
        StrategyInfo info = new StrategyInfo(f.required("name").orElse(""), mission, vision, f.texts("values"), stage,
                f.text("horizon", ""), f.period("as-of"), f.origin());
        List<Perspective> perspectives = f.has("perspectives") ? perspectives(f)
                : parent != null ? parent.perspectives() : Perspective.defaults(prefix + "strategy.yaml");
        List<Theme> themes = themes(f);

        Set<String> unreadable = new java.util.TreeSet<>();
        List<Objective> objectives = new ArrayList<>(unique(markdownElements(root, dir, prefix, "objectives", unreadable, report,
                (fm, id, body) -> ElementReaders.objective(fm, id, body), ElementReaders.OBJECTIVE_KEYS, "an objective"),
                Objective::id, o -> o.origin().of("id"), "objective", report));
        objectives.sort(Objective.mapOrder(perspectives));
        List<Measurement> measurements = new ArrayList<>();
        List<MeasureFile> measureFiles = yamlElements(root, dir, prefix, "measures", unreadable, report,
                ElementReaders.MEASURE_KEYS, "a measure", (fm, id) -> {
                    List<Measurement> inline = new ArrayList<>();
                    Optional<Measure> measure = ElementReaders.measure(fm, id, inline);
                    return Optional.of(new MeasureFile(id, measure, List.copyOf(inline)));
                });
        measureFiles.forEach(file -> measurements.addAll(file.inline()));
        measureFiles.stream().filter(file -> file.measure().isEmpty()).forEach(file -> unreadable.add("measures/" + file.fileId()));
        List<Measure> measures = byId(unique(measureFiles.stream().flatMap(file -> file.measure().stream()).toList(),
                Measure::id, m -> m.origin().of("id"), "measure", report), Measure::id);
        measurements.addAll(csvMeasurements(root, dir, prefix, report));
        List<Initiative> initiatives = byId(unique(markdownElements(root, dir, prefix, "initiatives", unreadable, report,
                (fm, id, body) -> ElementReaders.initiative(fm, id, body), ElementReaders.INITIATIVE_KEYS, "an initiative"),
                Initiative::id, i -> i.origin().of("id"), "initiative", report), Initiative::id);
        List<OkrSet> okrs = byId(unique(yamlElements(root, dir, prefix, "okrs", unreadable, report, ElementReaders.OKR_FILE_KEYS,
                "an OKR file", ElementReaders::okrs), s -> s.period().toString(), s -> s.origin().at(), "OKR period", report),
                s -> s.period().toString());
        List<Review> reviews = byId(unique(markdownElements(root, dir, prefix, "reviews", unreadable, report,
                (fm, id, body) -> ElementReaders.review(fm, id, body), ElementReaders.REVIEW_KEYS, "a review"),
                r -> r.period().toString(), r -> r.origin().at(), "review period", report), r -> r.period().toString());

        Scorecard partial = new Scorecard(path, directory, info, perspectives, themes, objectives, measures,
                uniqueMeasurements(measurements, report), initiatives, okrs, reviews, List.of(), unreadable);
        List<Scorecard> units = new ArrayList<>();
        Path unitsDir = dir.resolve("units");
        if (Files.isDirectory(unitsDir)) {
            if (depth >= MAX_UNIT_DEPTH) {
                report.accept(Problem.of(ProblemCode.UNEXPECTED_FILE, SourcePosition.file(prefix + "units"),
                        "Units are nested more than " + MAX_UNIT_DEPTH + " levels deep; deeper units are not read."));
            } else {
                for (Path unitDir : entries(root, unitsDir, prefix + "units", report)) {
                    String unitId = unitDir.getFileName().toString();
                    if (!Files.isDirectory(unitDir)) {
                        report.accept(Problem.of(ProblemCode.UNEXPECTED_FILE, SourcePosition.file(prefix + "units/" + unitId),
                                "Only unit folders belong in units/."));
                    } else if (!Fields.ID.matcher(unitId).matches()) {
                        report.accept(Problem.of(ProblemCode.INVALID_ID, SourcePosition.file(prefix + "units/" + unitId),
                                "'" + unitId + "' is not a valid unit id (folder name)."));
                    } else {
                        scorecard(root, unitDir, path.isEmpty() ? unitId : path + "/" + unitId, partial, depth + 1, report)
                                .ifPresent(units::add);
                    }
                }
            }
        }
        return Optional.of(new Scorecard(path, directory, info, perspectives, themes, objectives, measures,
                partial.measurements(), initiatives, okrs, reviews, units, unreadable));
    }

    private List<Perspective> perspectives(Fields f) {
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
        return unique(result, Perspective::id, p -> p.origin().of("id"), "perspective", f.report());
    }

    private List<Theme> themes(Fields f) {
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
        return unique(result, Theme::id, t -> t.origin().of("id"), "theme", f.report());
    }

    @FunctionalInterface
    private interface MarkdownElementReader<T> {
        Optional<T> read(Fields fields, String fileId, String body);
    }

    private <T> List<T> markdownElements(Path root, Path dir, String prefix, String folder, Set<String> unreadable,
                                         Consumer<Problem> report,
                                         MarkdownElementReader<T> reader, Set<String> keys, String what) {
        List<T> result = new ArrayList<>();
        for (Path file : files(root, dir.resolve(folder), prefix + folder, ".md", report)) {
            String relative = prefix + folder + "/" + file.getFileName();
            String fileId = stripExtension(file.getFileName().toString());
            int before = result.size();
            texts.read(file, relative, limits.maxTextFileBytes(), report)
                    .flatMap(text -> parsed.read("md:" + folder, relative, text, report, problems -> FrontMatter.split(text, relative, problems)
                            .flatMap(fm -> yaml.parse(fm.yaml(), relative, FrontMatter.YAML_LINE_OFFSET, problems)
                                    .flatMap(node -> Fields.open(node, relative, FrontMatter.YAML_LINE_OFFSET, what, keys, problems))
                                    .or(() -> fm.yaml().isBlank() ? Fields.open(emptyMap(relative, FrontMatter.YAML_LINE_OFFSET), relative, FrontMatter.YAML_LINE_OFFSET, what, keys, problems) : Optional.empty())
                                    .flatMap(fields -> reader.read(fields, fileId, fm.body())))))
                    .ifPresent(result::add);
            if (result.size() == before) {
                unreadable.add(folder + "/" + fileId);
            }
        }
        return result;
    }

    private <T> List<T> yamlElements(Path root, Path dir, String prefix, String folder, Set<String> unreadable,
                                     Consumer<Problem> report,
                                     Set<String> keys, String what,
                                     java.util.function.BiFunction<Fields, String, Optional<T>> reader) {
        List<T> result = new ArrayList<>();
        for (Path file : files(root, dir.resolve(folder), prefix + folder, ".yaml", report)) {
            String relative = prefix + folder + "/" + file.getFileName();
            int before = result.size();
            // files() lists only files inside the strategy directory
            String fileId = stripExtension(file.getFileName().toString());
            texts.read(file, relative, limits.maxTextFileBytes(), report)
                    .flatMap(text -> parsed.read("yaml:" + folder, relative, text, report, problems -> fields(text, relative, what, keys, problems)
                            .flatMap(fields -> reader.apply(fields, fileId))))
                    .ifPresent(result::add);
            if (result.size() == before) {
                unreadable.add(folder + "/" + stripExtension(file.getFileName().toString()));
            }
        }
        return result;
    }

    private List<Measurement> csvMeasurements(Path root, Path dir, String prefix, Consumer<Problem> report) {
        List<Measurement> result = new ArrayList<>();
        for (Path file : files(root, dir.resolve("measurements"), prefix + "measurements", ".csv", report)) {
            String relative = prefix + "measurements/" + file.getFileName();
            texts.read(file, relative, limits.maxCsvFileBytes(), report)
                    .ifPresent(text -> result.addAll(parsed.read("csv", relative, text, report, problems -> csv.read(text, relative, problems))));
        }
        return result;
    }

    private Optional<Fields> readYaml(Path root, Path file, String relative, String what, Set<String> keys,
                                      Consumer<Problem> report) {
        if (!insideRoot(root, file, relative, report)) {
            return Optional.empty();
        }
        return texts.read(file, relative, limits.maxTextFileBytes(), report)
                .flatMap(text -> fields(text, relative, what, keys, report));
    }

    private Optional<Fields> fields(String text, String relative, String what, Set<String> keys, Consumer<Problem> report) {
        return yaml.parse(text, relative, 0, report)
                .or(() -> text.isBlank() ? Optional.of(emptyMap(relative, 0)) : Optional.empty())
                .flatMap(node -> Fields.open(node, relative, 0, what, keys, report));
    }

    private Optional<String> readMarkdown(Path root, Path file, String relative, Consumer<Problem> report) {
        if (!Files.exists(file) || !insideRoot(root, file, relative, report)) {
            return Optional.empty();
        }
        return texts.read(file, relative, limits.maxTextFileBytes(), report).map(String::strip);
    }

    /** An empty map node, for a file whose YAML is blank, so missing required fields are still reported. */
    private Node emptyMap(String relative, int lineOffset) {
        return yaml.parse("{}", relative, lineOffset, problem -> { }).orElseThrow();
    }

    /** Regular files of one folder with the given extension, sorted; anything else is reported. */
    private List<Path> files(Path root, Path folder, String relativeFolder, String extension, Consumer<Problem> report) {
        List<Path> result = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return result;
        }
        for (Path file : entries(root, folder, relativeFolder, report)) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isRegularFile(file) && name.endsWith(extension)) {
                result.add(file);
            } else {
                report.accept(Problem.of(ProblemCode.UNEXPECTED_FILE, SourcePosition.file(relativeFolder + "/" + name),
                        "'" + name + "' is not read: " + relativeFolder + "/ holds " + extension + " files only."));
            }
        }
        return result;
    }

    /** The entries of a folder, sorted by name, leaving out links that lead outside the strategy directory. */
    private List<Path> entries(Path root, Path folder, String relativeFolder, Consumer<Problem> report) {
        try (Stream<Path> stream = Files.list(folder)) {
            // an entry that is not a link is inside when its folder is: one realpath per folder, not per file
            boolean folderInside = folder.toRealPath().startsWith(root);
            return stream.sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .filter(p -> (folderInside && !Files.isSymbolicLink(p))
                            || insideRoot(root, p, relativeFolder + "/" + p.getFileName(), report))
                    .toList();
        } catch (IOException e) {
            report.accept(Problem.of(ProblemCode.UNREADABLE_FILE, SourcePosition.file(relativeFolder),
                    "The folder could not be listed: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean insideRoot(Path root, Path file, String relative, Consumer<Problem> report) {
        try {
            if (file.toRealPath().startsWith(root)) {
                return true;
            }
        } catch (IOException e) {
            report.accept(Problem.of(ProblemCode.UNREADABLE_FILE, SourcePosition.file(relative),
                    "The file could not be read (a broken link?)."));
            return false;
        }
        report.accept(Problem.of(ProblemCode.LINK_OUTSIDE_STRATEGY, SourcePosition.file(relative),
                "'" + relative + "' is a link to a place outside the strategy directory; it is not read."));
        return false;
    }

    /** The elements without duplicates, in the order given (a duplicate is reported and left out). */
    private static <T> List<T> unique(List<T> elements, Function<T, String> id, Function<T, SourcePosition> where,
                                      String what, Consumer<Problem> report) {
        Map<String, T> seen = new HashMap<>();
        List<T> result = new ArrayList<>();
        for (T element : elements) {
            String key = id.apply(element);
            if (seen.putIfAbsent(key, element) != null) {
                report.accept(Problem.of(ProblemCode.DUPLICATE_ID, where.apply(element),
                        "The " + what + " '" + key + "' is defined twice (also at " + where.apply(seen.get(key)) + ")."));
            } else {
                result.add(element);
            }
        }
        return result;
    }

    /** Elements whose order the author does not write (measures, initiatives, OKRs, reviews): by id. */
    private static <T> List<T> byId(List<T> elements, Function<T, String> id) {
        List<T> sorted = new ArrayList<>(elements);
        sorted.sort(Comparator.comparing(id));
        return sorted;
    }

    private static List<Measurement> uniqueMeasurements(List<Measurement> measurements, Consumer<Problem> report) {
        Map<String, Measurement> seen = new HashMap<>();
        List<Measurement> result = new ArrayList<>();
        for (Measurement m : measurements) {
            String key = m.measure() + "@" + m.period();
            Measurement first = seen.putIfAbsent(key, m);
            if (first != null) {
                report.accept(Problem.of(ProblemCode.DUPLICATE_MEASUREMENT, m.origin().at(),
                        "A value for '" + m.measure() + "' in " + m.period() + " is already given at " + first.origin().at() + "."));
            } else {
                result.add(m);
            }
        }
        result.sort(Comparator.comparing(Measurement::measure).thenComparing(Measurement::period));
        return result;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
