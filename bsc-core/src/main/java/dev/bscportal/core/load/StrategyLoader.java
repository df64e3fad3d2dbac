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


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads a strategy directory (see docs/format.md) into a {@link Strategy}. Never throws for anything
 * found in the directory: every problem is reported with file and line. Not thread-safe; use one
 * loader per thread (it loads the company's units on threads of its own, {@link UnitLoads}).
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
    private final ParsedFiles parsed;
    private final boolean sideBySide;
    private final ElementFiles elements;

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
        this(limits, parsed, true);
    }

    /**
     * A loader that loads the company's units side by side on the machine's cores when {@code sideBySide}
     * ({@link UnitLoads}: the result is the same either way), else one after the other.
     */
    public StrategyLoader(LoadLimits limits, ParsedFiles parsed, boolean sideBySide) {
        this.limits = limits;
        this.parsed = parsed;
        this.sideBySide = sideBySide;
        this.elements = new ElementFiles(limits, parsed);
    }

    public LoadResult load(Path strategyDirectory) {
        elements.clearIgnores();
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
            try (FolderWalk walk = new FolderWalk(files, MAX_UNIT_DEPTH)) {
                company = scorecard(walk, files.root(), "", null, 0, problems::add);
            }
        } catch (RuntimeException unexpected) {
            problems.add(Problem.of(ProblemCode.UNREADABLE_FILE, SourcePosition.file(""),
                    "The strategy could not be read (" + unexpected.getClass().getSimpleName() + ").",
                    "This is a fault of the plugin, not of the files: report it with the output of 'mvn -e' and, if you can, the"
                    + " file that was being read."));
            company = Optional.empty();
        }
        return new LoadResult(company.map(Strategy::new), problems, elements.ignores());
    }

    private Optional<Scorecard> scorecard(FolderWalk walk, Path dir, String path, Scorecard parent, int depth,
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
        Optional<Fields> head = elements.readYaml(walk, strategyFile, prefix + "strategy.yaml", "strategy.yaml", STRATEGY_KEYS, report);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Fields f = head.get();
        elements.ignore(prefix + "strategy.yaml", FileIgnores.read(f));
        String mission = elements.readMarkdown(walk, dir.resolve("mission.md"), prefix + "mission.md", report).orElseGet(() -> f.markdown("mission"));
        String vision = elements.readMarkdown(walk, dir.resolve("vision.md"), prefix + "vision.md", report).orElseGet(() -> f.markdown("vision"));
        Optional<LifecycleStage> stage = f.choice("stage", LifecycleStage.values());
        StrategyInfo info = new StrategyInfo(f.required("name").orElse(""), mission, vision, f.texts("values"), stage,
                f.text("horizon", ""), f.period("as-of"), f.origin());
        List<Perspective> perspectives = f.has("perspectives") ? HeadLists.perspectives(f)
                : parent != null ? parent.perspectives() : Perspective.defaults(prefix + "strategy.yaml");
        List<Theme> themes = HeadLists.themes(f);

        Set<String> unreadable = new TreeSet<>();
        List<Objective> objectives = new ArrayList<>(Duplicates.unique(elements.markdownElements(walk, dir, prefix, "objectives", unreadable, report,
                (fm, id, body) -> ElementReaders.objective(fm, id, body), ElementReaders.OBJECTIVE_KEYS, "an objective"),
                Objective::id, o -> o.origin().of("id"), "objective", report));
        objectives.sort(Objective.mapOrder(perspectives));
        List<Measurement> measurements = new ArrayList<>();
        List<MeasureFile> measureFiles = elements.yamlElements(walk, dir, prefix, "measures", unreadable, report,
                MeasureReader.MEASURE_KEYS, "a measure", (fm, id) -> {
                    List<Measurement> inline = new ArrayList<>();
                    Optional<Measure> measure = MeasureReader.measure(fm, id, inline);
                    return Optional.of(new MeasureFile(id, measure, List.copyOf(inline)));
                });
        measureFiles.forEach(file -> measurements.addAll(file.inline()));
        measureFiles.stream().filter(file -> file.measure().isEmpty()).forEach(file -> unreadable.add("measures/" + file.fileId()));
        List<Measure> measures = Duplicates.byId(Duplicates.unique(measureFiles.stream().flatMap(file -> file.measure().stream()).toList(),
                Measure::id, m -> m.origin().of("id"), "measure", report), Measure::id);
        measurements.addAll(elements.csvMeasurements(walk, dir, prefix, ElementFiles.frequencies(measures), report));
        measures = InferredDecimals.apply(measures, measurements);
        List<Initiative> initiatives = Duplicates.byId(Duplicates.unique(elements.markdownElements(walk, dir, prefix, "initiatives", unreadable, report,
                (fm, id, body) -> ElementReaders.initiative(fm, id, body), ElementReaders.INITIATIVE_KEYS, "an initiative"),
                Initiative::id, i -> i.origin().of("id"), "initiative", report), Initiative::id);
        List<OkrSet> okrs = Duplicates.byId(Duplicates.unique(elements.yamlElements(walk, dir, prefix, "okrs", unreadable, report, ElementReaders.OKR_FILE_KEYS,
                "an OKR file", ElementReaders::okrs), s -> s.period().toString(), s -> s.origin().at(), "OKR period", report),
                s -> s.period().toString());
        List<Review> reviews = Duplicates.byId(Duplicates.unique(elements.markdownElements(walk, dir, prefix, "reviews", unreadable, report,
                (fm, id, body) -> ElementReaders.review(fm, id, body), ElementReaders.REVIEW_KEYS, "a review"),
                r -> r.period().toString(), r -> r.origin().at(), "review period", report), r -> r.period().toString());

        Scorecard partial = new Scorecard(path, directory, info, perspectives, themes, objectives, measures,
                Duplicates.uniqueMeasurements(measurements, report), initiatives, okrs, reviews, List.of(), unreadable);
        List<Scorecard> units = new ArrayList<>();
        Path unitsDir = dir.resolve("units");
        if (Files.exists(unitsDir, LinkOption.NOFOLLOW_LINKS) && depth >= MAX_UNIT_DEPTH) {
            report.accept(Problem.of(ProblemCode.UNITS_TOO_DEEP, SourcePosition.file(prefix + "units"),
                    "The units in " + prefix + "units/ would be level " + (depth + 1) + " of the unit tree; units may be nested at most "
                            + MAX_UNIT_DEPTH + " levels deep (the company is level 0), so they are not read."));
        } else {
            List<UnitLoads.Entry> entries = unitEntries(walk, unitsDir, prefix, path, report);
            // a loader (and its YAML parser) per thread, not per unit: a loader is not thread-safe
            ThreadLocal<StrategyLoader> loaders = ThreadLocal.withInitial(() -> new StrategyLoader(limits, parsed, false));
            Optional<List<UnitLoads.Loaded>> beside = sideBySide && depth == 0
                    ? UnitLoads.sideBySide(entries, walk, (branch, entry) -> loaders.get().loadBeside(branch, entry, partial, depth))
                    : Optional.empty();
            if (beside.isPresent()) {
                for (UnitLoads.Loaded unit : beside.get()) {
                    unit.problems().forEach(report);
                    unit.ignores().forEach(elements::ignore);
                    unit.scorecard().ifPresent(units::add);
                }
            } else {
                for (UnitLoads.Entry entry : entries) {
                    if (entry.refused().isPresent()) {
                        report.accept(entry.refused().get());
                    } else if (walk.firstVisit(entry.real(), entry.relative(), report)) {
                        scorecard(walk, entry.dir(), entry.path(), partial, depth + 1, report).ifPresent(units::add);
                    }
                }
            }
        }
        return Optional.of(partial.toBuilder().units(units).unreadable(unreadable).build());
    }

    /** The entries of a {@code units/} folder in order: unit folders to load, or what is wrong with an entry. */
    private static List<UnitLoads.Entry> unitEntries(FolderWalk walk, Path unitsDir, String prefix, String path,
                                                     Consumer<Problem> report) {
        List<UnitLoads.Entry> entries = new ArrayList<>();
        for (Path unitDir : walk.entries(unitsDir, prefix + "units", report)) {
            String unitId = unitDir.getFileName().toString();
            String relative = prefix + "units/" + unitId;
            PathKind kind = walk.files().inspect(unitDir);
            if (kind.is(PathKind.Kind.BROKEN)) {
                // a unit's folder renamed or moved away from under its link: the unit would vanish from the site
                entries.add(UnitLoads.Entry.refused(Problem.of(ProblemCode.UNREADABLE_FILE, SourcePosition.file(relative),
                        "The unit folder '" + relative + "' cannot be read: it is " + kind.describe() + ".",
                        "Point the link at the unit's folder inside the strategy directory, replace it with the folder itself, or remove it.")));
            } else if (!kind.is(PathKind.Kind.DIRECTORY)) {
                entries.add(UnitLoads.Entry.refused(Problem.of(ProblemCode.UNEXPECTED_FILE, SourcePosition.file(relative),
                        "Only unit folders belong in units/; '" + unitId + "' is " + kind.describe() + ".")));
            } else if (!Fields.ID.matcher(unitId).matches()) {
                entries.add(UnitLoads.Entry.refused(Problem.of(ProblemCode.INVALID_ID, SourcePosition.file(relative),
                        "'" + unitId + "' is not a valid unit id (folder name)." + Suggestions.idMeant(unitId))));
            } else {
                entries.add(UnitLoads.Entry.unit(unitDir, kind.real(), relative, path.isEmpty() ? unitId : path + "/" + unitId));
            }
        }
        return entries;
    }

    /** One unit loaded on a branch of the walk by this loader, which serves one thread's units one after the other. */
    private UnitLoads.Loaded loadBeside(FolderWalk branch, UnitLoads.Entry entry, Scorecard parent, int depth) {
        elements.clearIgnores();
        List<Problem> problems = new ArrayList<>();
        Optional<Scorecard> unit = branch.firstVisit(entry.real(), entry.relative(), problems::add)
                ? scorecard(branch, entry.dir(), entry.path(), parent, depth + 1, problems::add)
                : Optional.empty();
        return new UnitLoads.Loaded(unit, problems, Map.copyOf(elements.ignores()));
    }
}
