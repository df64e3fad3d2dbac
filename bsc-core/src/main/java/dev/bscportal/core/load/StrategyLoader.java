package dev.bscportal.core.load;

import dev.bscportal.core.files.ConfinedFiles;
import dev.bscportal.core.files.PathKind;
import dev.bscportal.core.model.InferredDecimals;
import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.LifecycleStage;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.OkrSet;
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
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads a strategy directory (see docs/format.md) into a {@link Strategy}. Never throws for anything
 * found in the directory: every problem is reported with file and line. Not thread-safe; use one
 * loader per thread.
 *
 * <p>Links: a symbolic link is followed only when its real target stays inside the strategy directory; every
 * real folder is read at most once, so a link back to a parent (a loop) or to a folder already read is
 * reported (BSC026) instead of being read again. Only regular files are read; a FIFO, device, socket or folder
 * where a file belongs is reported (BSC025) and never opened.
 */
public final class StrategyLoader {

    private static final Set<String> STRATEGY_KEYS = Set.of("name", "mission", "vision", "values", "stage", "horizon",
            "as-of", "perspectives", "themes", FileIgnores.KEY);
    /** How deep units may nest: the company is level 0, units/a level 1, units/a/units/b level 2, ... */
    static final int MAX_UNIT_DEPTH = 8;

    private final LoadLimits limits;
    private final TextFileReader texts = new TextFileReader();
    private final YamlReader yaml;
    private final CsvMeasurementReader csv = new CsvMeasurementReader();
    private final WorkbookMeasurementReader workbooks = new WorkbookMeasurementReader();
    private final ParsedFiles parsed;
    /** The warning codes each file read by the current load ignores ({@code ignore} key), by file. */
    private final Map<String, Set<ProblemCode>> ignores = new TreeMap<>();

    /** What reading one element file gave: the element, if valid, and the codes its {@code ignore} key lists. */
    private record FileRead<T>(Optional<T> element, Set<ProblemCode> ignore) {
    }

    /** The strategy directory's files and the real folders read so far (with the path first read as), for one {@link #load} call. */
    private record Walk(ConfinedFiles files, Map<Path, String> folders) {
        Path root() {
            return files.root();
        }
    }

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
        ignores.clear();
        List<Problem> problems = new ArrayList<>();
        ConfinedFiles files;
        try {
            files = ConfinedFiles.under(strategyDirectory);
        } catch (IOException e) {
            problems.add(Problem.of(ProblemCode.MISSING_STRATEGY, SourcePosition.file("strategy.yaml"),
                    "The strategy directory " + strategyDirectory + " does not exist."));
            return new LoadResult(Optional.empty(), problems);
        }
        Optional<Scorecard> company;
        try {
            Walk walk = new Walk(files, new HashMap<>(Map.of(files.root(), "")));
            company = scorecard(walk, files.root(), "", null, 0, problems::add);
        } catch (RuntimeException unexpected) {
            problems.add(Problem.of(ProblemCode.UNREADABLE_FILE, SourcePosition.file(""),
                    "The strategy could not be read (" + unexpected.getClass().getSimpleName() + ")."));
            company = Optional.empty();
        }
        return new LoadResult(company.map(Strategy::new), problems, ignores);
    }

    private Optional<Scorecard> scorecard(Walk walk, Path dir, String path, Scorecard parent, int depth,
                                          Consumer<Problem> report) {
        Path root = walk.root();
        String prefix = root.relativize(dir).toString().replace('\\', '/');
        String directory = prefix;
        prefix = prefix.isEmpty() ? "" : prefix + "/";
        Path strategyFile = dir.resolve("strategy.yaml");
        if (!Files.exists(strategyFile, LinkOption.NOFOLLOW_LINKS)) {
            report.accept(Problem.of(ProblemCode.MISSING_STRATEGY, SourcePosition.file(prefix + "strategy.yaml"),
                    "There is no strategy.yaml in " + (directory.isEmpty() ? "the strategy directory" : directory) + "."));
            return Optional.empty();
        }
        Optional<Fields> head = readYaml(walk, strategyFile, prefix + "strategy.yaml", "strategy.yaml", STRATEGY_KEYS, report);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Fields f = head.get();
        ignore(prefix + "strategy.yaml", FileIgnores.read(f));
        String mission = readMarkdown(walk, dir.resolve("mission.md"), prefix + "mission.md", report).orElseGet(() -> f.markdown("mission"));
        String vision = readMarkdown(walk, dir.resolve("vision.md"), prefix + "vision.md", report).orElseGet(() -> f.markdown("vision"));
        Optional<LifecycleStage> stage = f.choice("stage", LifecycleStage.values());
        StrategyInfo info = new StrategyInfo(f.required("name").orElse(""), mission, vision, f.texts("values"), stage,
                f.text("horizon", ""), f.period("as-of"), f.origin());
        List<Perspective> perspectives = f.has("perspectives") ? perspectives(f)
                : parent != null ? parent.perspectives() : Perspective.defaults(prefix + "strategy.yaml");
        List<Theme> themes = themes(f);

        Set<String> unreadable = new TreeSet<>();
        List<Objective> objectives = new ArrayList<>(unique(markdownElements(walk, dir, prefix, "objectives", unreadable, report,
                (fm, id, body) -> ElementReaders.objective(fm, id, body), ElementReaders.OBJECTIVE_KEYS, "an objective"),
                Objective::id, o -> o.origin().of("id"), "objective", report));
        objectives.sort(Objective.mapOrder(perspectives));
        List<Measurement> measurements = new ArrayList<>();
        List<MeasureFile> measureFiles = yamlElements(walk, dir, prefix, "measures", unreadable, report,
                ElementReaders.MEASURE_KEYS, "a measure", (fm, id) -> {
                    List<Measurement> inline = new ArrayList<>();
                    Optional<Measure> measure = ElementReaders.measure(fm, id, inline);
                    return Optional.of(new MeasureFile(id, measure, List.copyOf(inline)));
                });
        measureFiles.forEach(file -> measurements.addAll(file.inline()));
        measureFiles.stream().filter(file -> file.measure().isEmpty()).forEach(file -> unreadable.add("measures/" + file.fileId()));
        List<Measure> measures = byId(unique(measureFiles.stream().flatMap(file -> file.measure().stream()).toList(),
                Measure::id, m -> m.origin().of("id"), "measure", report), Measure::id);
        measurements.addAll(csvMeasurements(walk, dir, prefix, frequencies(measures), report));
        measures = InferredDecimals.apply(measures, measurements);
        List<Initiative> initiatives = byId(unique(markdownElements(walk, dir, prefix, "initiatives", unreadable, report,
                (fm, id, body) -> ElementReaders.initiative(fm, id, body), ElementReaders.INITIATIVE_KEYS, "an initiative"),
                Initiative::id, i -> i.origin().of("id"), "initiative", report), Initiative::id);
        List<OkrSet> okrs = byId(unique(yamlElements(walk, dir, prefix, "okrs", unreadable, report, ElementReaders.OKR_FILE_KEYS,
                "an OKR file", ElementReaders::okrs), s -> s.period().toString(), s -> s.origin().at(), "OKR period", report),
                s -> s.period().toString());
        List<Review> reviews = byId(unique(markdownElements(walk, dir, prefix, "reviews", unreadable, report,
                (fm, id, body) -> ElementReaders.review(fm, id, body), ElementReaders.REVIEW_KEYS, "a review"),
                r -> r.period().toString(), r -> r.origin().at(), "review period", report), r -> r.period().toString());

        Scorecard partial = new Scorecard(path, directory, info, perspectives, themes, objectives, measures,
                uniqueMeasurements(measurements, report), initiatives, okrs, reviews, List.of(), unreadable);
        List<Scorecard> units = new ArrayList<>();
        Path unitsDir = dir.resolve("units");
        if (Files.exists(unitsDir, LinkOption.NOFOLLOW_LINKS) && depth >= MAX_UNIT_DEPTH) {
            report.accept(Problem.of(ProblemCode.UNITS_TOO_DEEP, SourcePosition.file(prefix + "units"),
                    "The units in " + prefix + "units/ would be level " + (depth + 1) + " of the unit tree; units may be nested at most "
                            + MAX_UNIT_DEPTH + " levels deep (the company is level 0), so they are not read."));
        } else {
            for (Path unitDir : entries(walk, unitsDir, prefix + "units", report)) {
                String unitId = unitDir.getFileName().toString();
                String relative = prefix + "units/" + unitId;
                PathKind kind = walk.files().inspect(unitDir);
                if (!kind.is(PathKind.Kind.DIRECTORY)) {
                    report.accept(Problem.of(ProblemCode.UNEXPECTED_FILE, SourcePosition.file(relative),
                            "Only unit folders belong in units/; '" + unitId + "' is " + kind.describe() + "."));
                } else if (!Fields.ID.matcher(unitId).matches()) {
                    report.accept(Problem.of(ProblemCode.INVALID_ID, SourcePosition.file(relative),
                            "'" + unitId + "' is not a valid unit id (folder name)."));
                } else if (firstVisit(walk, kind.real(), relative, report)) {
                    scorecard(walk, unitDir, path.isEmpty() ? unitId : path + "/" + unitId, partial, depth + 1, report)
                            .ifPresent(units::add);
                }
            }
        }
        return Optional.of(partial.toBuilder().units(units).unreadable(unreadable).build());
    }

    private void ignore(String file, Set<ProblemCode> codes) {
        if (!codes.isEmpty()) {
            ignores.put(file, codes);
        }
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

    private <T> List<T> markdownElements(Walk walk, Path dir, String prefix, String folder, Set<String> unreadable,
                                         Consumer<Problem> report,
                                         MarkdownElementReader<T> reader, Set<String> keys, String what) {
        List<T> result = new ArrayList<>();
        for (Path file : files(walk, dir.resolve(folder), prefix + folder, ".md", report)) {
            String relative = prefix + folder + "/" + file.getFileName();
            String fileId = stripExtension(file.getFileName().toString());
            int before = result.size();
            texts.read(walk.files(), file, relative, limits.maxTextFileBytes(), report)
                    .flatMap(text -> parsed.read("md:" + folder, relative, text, report, problems -> FrontMatter.split(text, relative, problems)
                            .flatMap(fm -> yaml.parse(fm.yaml(), relative, FrontMatter.YAML_LINE_OFFSET, problems)
                                    .flatMap(node -> Fields.open(node, relative, FrontMatter.YAML_LINE_OFFSET, what, keys, problems))
                                    .or(() -> fm.yaml().isBlank() ? Fields.open(emptyMap(relative, FrontMatter.YAML_LINE_OFFSET), relative, FrontMatter.YAML_LINE_OFFSET, what, keys, problems) : Optional.empty())
                                    .map(fields -> new FileRead<>(reader.read(fields, fileId, checkedBody(text, fm.body(), relative, problems)),
                                            FileIgnores.read(fields))))))
                    .ifPresent(read -> {
                        ignore(relative, read.ignore());
                        read.element().ifPresent(result::add);
                    });
            if (result.size() == before) {
                unreadable.add(folder + "/" + fileId);
            }
        }
        return result;
    }

    private <T> List<T> yamlElements(Walk walk, Path dir, String prefix, String folder, Set<String> unreadable,
                                     Consumer<Problem> report,
                                     Set<String> keys, String what,
                                     BiFunction<Fields, String, Optional<T>> reader) {
        List<T> result = new ArrayList<>();
        for (Path file : files(walk, dir.resolve(folder), prefix + folder, ".yaml", report)) {
            String relative = prefix + folder + "/" + file.getFileName();
            int before = result.size();
            // files() lists only files inside the strategy directory
            String fileId = stripExtension(file.getFileName().toString());
            texts.read(walk.files(), file, relative, limits.maxTextFileBytes(), report)
                    .flatMap(text -> parsed.read("yaml:" + folder, relative, text, report, problems -> fields(text, relative, what, keys, problems)
                            .map(fields -> new FileRead<>(reader.apply(fields, fileId), FileIgnores.read(fields)))))
                    .ifPresent(read -> {
                        ignore(relative, read.ignore());
                        read.element().ifPresent(result::add);
                    });
            if (result.size() == before) {
                unreadable.add(folder + "/" + stripExtension(file.getFileName().toString()));
            }
        }
        return result;
    }

    /** The rows of {@code measurements/*.csv} and {@code measurements/*.xlsx}, file by file in name order. */
    private List<Measurement> csvMeasurements(Walk walk, Path dir, String prefix, Map<String, dev.bscportal.core.model.Frequency> frequencies,
                                              Consumer<Problem> report) {
        List<Measurement> result = new ArrayList<>();
        for (Path file : files(walk, dir.resolve("measurements"), prefix + "measurements", List.of(".csv", ".xlsx"), report)) {
            String relative = prefix + "measurements/" + file.getFileName();
            if (relative.endsWith(".xlsx")) {
                texts.bytes(walk.files(), file, relative, limits.maxCsvFileBytes(), report)
                        .ifPresent(bytes -> result.addAll(workbooks.read(bytes, relative, frequencies, report)));
                continue;
            }
            texts.read(walk.files(), file, relative, limits.maxCsvFileBytes(), report)
                    .ifPresent(text -> result.addAll(parsed.read("csv", relative, text, report, problems -> csv.read(text, relative, problems))));
        }
        return result;
    }

    private static Map<String, dev.bscportal.core.model.Frequency> frequencies(List<Measure> measures) {
        Map<String, dev.bscportal.core.model.Frequency> result = new HashMap<>();
        measures.forEach(m -> result.put(m.id(), m.frequency()));
        return result;
    }

    private Optional<Fields> readYaml(Walk walk, Path file, String relative, String what, Set<String> keys,
                                      Consumer<Problem> report) {
        return texts.read(walk.files(), file, relative, limits.maxTextFileBytes(), report)
                .flatMap(text -> fields(text, relative, what, keys, report));
    }

    private Optional<Fields> fields(String text, String relative, String what, Set<String> keys, Consumer<Problem> report) {
        return yaml.parse(text, relative, 0, report)
                .or(() -> text.isBlank() ? Optional.of(emptyMap(relative, 0)) : Optional.empty())
                .flatMap(node -> Fields.open(node, relative, 0, what, keys, report));
    }

    private Optional<String> readMarkdown(Walk walk, Path file, String relative, Consumer<Problem> report) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return texts.read(walk.files(), file, relative, limits.maxTextFileBytes(), report)
                .map(text -> MarkdownShape.check(text, relative, 1, true, report) ? text.strip() : "");
    }

    /** The Markdown body after the front matter, or empty (reported) when {@link MarkdownShape} refuses it. */
    private static String checkedBody(String text, String body, String relative, Consumer<Problem> report) {
        String head = text.substring(0, text.length() - body.length());
        int firstLine = (int) head.chars().filter(c -> c == '\n').count() + 1;
        return MarkdownShape.check(body, relative, firstLine, true, report) ? body : "";
    }

    /** An empty map node, for a file whose YAML is blank, so missing required fields are still reported. */
    private Node emptyMap(String relative, int lineOffset) {
        return yaml.parse("{}", relative, lineOffset, problem -> { }).orElseThrow();
    }

    /**
     * Regular files of one folder with the given extension, sorted; anything else is reported: an entry with the
     * extension that is no regular file (a FIFO, device, folder) as an error, other entries as unexpected.
     */
    private List<Path> files(Walk walk, Path folder, String relativeFolder, String extension, Consumer<Problem> report) {
        return files(walk, folder, relativeFolder, List.of(extension), report);
    }

    private List<Path> files(Walk walk, Path folder, String relativeFolder, List<String> extensions, Consumer<Problem> report) {
        List<Path> result = new ArrayList<>();
        for (Path file : entries(walk, folder, relativeFolder, report)) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            PathKind kind = walk.files().inspect(file);
            SourcePosition where = SourcePosition.file(relativeFolder + "/" + name);
            if (kind.is(PathKind.Kind.FILE) && extensions.stream().anyMatch(name::endsWith)) {
                result.add(file);
            } else if (kind.is(PathKind.Kind.BROKEN)) {
                report.accept(Problem.of(ProblemCode.UNREADABLE_FILE, where, "'" + name + "' cannot be read: it is " + kind.describe() + ".",
                        "Replace the link with the file itself, or remove it."));
            } else if (extensions.stream().anyMatch(name::endsWith)) {
                report.accept(Problem.of(ProblemCode.NOT_A_FILE, where, "'" + name + "' is " + kind.describe() + ", not a file; it is not read."));
            } else {
                report.accept(Problem.of(ProblemCode.UNEXPECTED_FILE, where,
                        "'" + name + "' is not read: " + relativeFolder + "/ holds " + String.join(" and ", extensions) + " files only."));
            }
        }
        return result;
    }

    /**
     * The entries of a folder, sorted by name, leaving out (and reporting) links that lead outside the strategy
     * directory. Nothing when the folder does not exist; a folder that is a link leading out, not a folder, or a
     * real folder already read (a loop) is reported and not listed.
     */
    private List<Path> entries(Walk walk, Path folder, String relativeFolder, Consumer<Problem> report) {
        PathKind kind = walk.files().inspect(folder);
        SourcePosition where = SourcePosition.file(relativeFolder);
        switch (kind.kind()) {
            case MISSING -> {
                return List.of();
            }
            case DIRECTORY -> {
                if (!firstVisit(walk, kind.real(), relativeFolder, report)) {
                    return List.of();
                }
            }
            case OUTSIDE -> {
                report.accept(Problem.of(ProblemCode.LINK_OUTSIDE_STRATEGY, where,
                        "'" + relativeFolder + "' is a link to a place outside the strategy directory; it is not read."));
                return List.of();
            }
            case BROKEN -> {
                report.accept(Problem.of(ProblemCode.UNREADABLE_FILE, where,
                        "'" + relativeFolder + "' cannot be read: it is " + kind.describe() + ".",
                        "Replace the link with the folder itself, or remove it."));
                return List.of();
            }
            default -> {
                report.accept(Problem.of(ProblemCode.NOT_A_FILE, where,
                        "'" + relativeFolder + "' is " + kind.describe() + " where a folder belongs; it is not read.",
                        "Make " + relativeFolder + " a plain folder holding the files, or remove it."));
                return List.of();
            }
        }
        // list the real folder: a link swapped in for the folder after the check is not followed
        try (Stream<Path> stream = Files.list(kind.real())) {
            return stream.map(p -> folder.resolve(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .filter(p -> !Files.isSymbolicLink(p) || insideRoot(walk.root(), p, relativeFolder + "/" + p.getFileName(), report))
                    .toList();
        } catch (IOException e) {
            report.accept(Problem.of(ProblemCode.UNREADABLE_FILE, where, "The folder could not be listed: " + e.getMessage()));
            return List.of();
        }
    }

    /**
     * Records a real folder as read; false (and a BSC026 problem) when it was read before. The problem is put at
     * the path that goes through a link: when a folder's own path comes after a link to it, the link is named.
     */
    private static boolean firstVisit(Walk walk, Path realFolder, String relative, Consumer<Problem> report) {
        String first = walk.folders().putIfAbsent(realFolder, relative);
        if (first == null) {
            return true;
        }
        boolean ownPath = walk.root().resolve(relative).normalize().equals(realFolder);
        String link = ownPath ? first : relative;
        String other = ownPath ? relative : first;
        report.accept(Problem.of(ProblemCode.LINK_LOOP, SourcePosition.file(link),
                "'" + link + "' leads to " + (other.isEmpty() ? "the strategy directory itself" : "'" + other + "'")
                        + ", which is read already (a symbolic link loop, or a second way to the same folder); it is read once."));
        return false;
    }

    /** True when a link stays inside the strategy directory; a link leading out is reported. A broken link is reported where it is read. */
    private static boolean insideRoot(Path root, Path link, String relative, Consumer<Problem> report) {
        try {
            if (link.toRealPath().startsWith(root)) {
                return true;
            }
        } catch (IOException e) {
            return true;
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
