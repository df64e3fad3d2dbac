package dev.bscportal.core.build;

import dev.bscportal.core.book.BookGlyphs;
import dev.bscportal.core.book.BookReport;
import dev.bscportal.core.book.BookSize;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.history.ChangeReport;
import dev.bscportal.core.load.ParsedFiles;
import dev.bscportal.core.options.InvalidOptionException;
import dev.bscportal.core.options.OptionChecks;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.publish.PublishException;
import dev.bscportal.core.publish.SitePublisher;
import dev.bscportal.core.site.PreviousSite;
import dev.bscportal.core.site.RenderException;
import dev.bscportal.core.site.RenderMemo;
import dev.bscportal.core.site.RenderReport;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.site.SiteRenderer;
import dev.bscportal.core.site.SharedRendering;
import dev.bscportal.core.site.TemplateCache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The build pipeline, in one place: settings -> up-to-date check -> check (load, validate, score) -> map engine ->
 * "What changed" -> render and publish the full site -> each audience edition (each with its briefing books) -> record
 * of the check. Every goal
 * builds through here: {@link #build()} publishes, {@link #check()} only checks, {@link #render} writes a preview.
 * One instance may build many times (the preview does): files that did not change are not parsed again, and the
 * map engine is chosen once.
 */
public final class SiteBuild {

    private final BuildOptions options;
    private final BuildLog log;
    private final ParsedFiles parsed = new ParsedFiles();
    private final ProblemLines lines;
    /** Parsed templates kept from one build or preview render to the next (unchanged templates are not parsed again). */
    private final TemplateCache templates = new TemplateCache();
    /**
     * Measure results, Markdown, digests of page inputs and maps kept from one build to the next (a preview's rebuilds
     * take what their inputs did not change), bounded to what the last build used.
     */
    private final RenderMemo memo;
    private Optional<MapEngine> engine;
    private Optional<SiteOptions> site;

    public SiteBuild(BuildOptions options, BuildLog log) {
        this(options, log, Optional.empty(), Optional.empty());
    }

    /** A build whose caller has checked the site settings and chosen the map engine itself (tests, the bench harness). */
    public SiteBuild(BuildOptions options, BuildLog log, SiteOptions site, MapEngine engine) {
        this(options, log, Optional.of(engine), Optional.of(site));
    }

    private SiteBuild(BuildOptions options, BuildLog log, Optional<MapEngine> engine, Optional<SiteOptions> site) {
        this.options = options;
        this.log = log;
        this.engine = engine;
        this.site = site;
        this.lines = new ProblemLines(options.strategyDirectory(), options.baseDirectory());
        this.memo = new RenderMemo(Optional.of(options.workDirectory().resolve("bsc-memo")));
    }

    public BuildOptions options() {
        return options;
    }

    /** Loads, validates and scores; every problem goes to {@link BuildLog#checked}. Throws when the build must stop. */
    public CheckResult check() throws BuildException {
        CheckResult result = checkQuietly();
        log.checked(result);
        if (result.failsBuild()) {
            throw new BuildException(CheckFailure.message(result, options.strategyDirectory()));
        }
        return result;
    }

    /** Loads, validates and scores, reporting nothing; never throws for anything found in the strategy. */
    public synchronized CheckResult checkQuietly() {
        memo.next();
        return new StrategyChecker(options.check(), parsed, memo.scores(), memo.checks()).check(options.strategyDirectory());
    }

    /** Checks, then publishes the full site and every edition; or does nothing when no input changed since the last build. */
    public synchronized BuildResult build() throws BuildException {
        Timer timer = new Timer();
        SiteOptions settings = siteOptions();
        Optional<String> revision = option(() -> OptionChecks.gitRevision(options.compareTo().orElse(null)));
        String fingerprint = safeFingerprint(settings);
        CheckRecord record = checkRecord();
        Optional<BuildResult> skipped = skipped(record, fingerprint, timer);
        if (skipped.isPresent()) {
            return skipped.get();
        }
        try (QuickJit jit = quickJit()) {
            return build(timer, settings, revision, fingerprint, record);
        }
    }

    private BuildResult build(Timer timer, SiteOptions settings, Optional<String> revision, String fingerprint,
            CheckRecord record) throws BuildException {
        record.forget();
        CheckResult checked = check();
        if (options.books().isPresent()) {
            checkBookUnits(checked);
        }
        List<Problem> bookWarnings = options.books().isPresent() ? bookGlyphs(checked) : List.of();
        timer.checked();
        MapEngine maps = engine();
        Optional<ChangeReport> changes = WhatChanged.report(options, revision, checked, parsed, log);
        timer.changed();
        EditionPublisher publisher = new EditionPublisher(options, maps, fingerprint, new SharedRendering(templates, memo));
        EditionResult fullEdition = publisher.publish(Edition.FULL, settings, checked, changes, log::pagesWritten);
        RenderReport full = fullEdition.site();
        timer.rendered();
        List<Path> published = new ArrayList<>(List.of(options.outputDirectory()));
        BookReport books = fullEdition.books();
        for (Edition edition : options.editions()) {
            BookReport editionBooks = publisher.publish(edition, settings, checked, changes, pages -> { }).books();
            books = new BookReport(books.books() + editionBooks.books(), books.kept() + editionBooks.kept());
            published.add(edition.directory(options.outputDirectory()));
            log.info("Audience " + edition.name() + " (without " + edition.omittedIds() + ") -> " + published.get(published.size() - 1));
        }
        if (options.books().isPresent()) {
            log.info(String.format(Locale.ROOT, "Briefing books: %d (%d rendered, %d unchanged kept)",
                    books.books(), books.books() - books.kept(), books.kept()));
        }
        maps.refusedCacheEntries().forEach(entry -> log.warn("Map cache entry refused and laid out again: " + entry
                + ". The plugin never writes such a map: find out who or what can write to the map cache."));
        List<Problem> warnings = new ArrayList<>(checked.warnings());
        warnings.addAll(bookWarnings);
        record.save(fingerprint, warnings.stream().map(lines::line).toList());
        memo.save();
        return new BuildResult(false, List.copyOf(warnings), List.of(), full.pages(), full.pagesKept(), full.maps(),
                maps.layout().isPresent(), fullEdition.mapsLaidOut(), fullEdition.mapsFromCache(), published, timer.timings());
    }

    /**
     * The result of a skipped build when no input changed since every published edition was built (the warnings of
     * the check that produced them are logged again), else empty; {@link #build()} would do the same first. It reads
     * the settings and hashes the inputs, nothing more: it needs bsc-core's own classes only (no template engine,
     * Markdown, maps, git or PDF library), so a caller can defer loading those until there is work.
     */
    public synchronized Optional<BuildResult> upToDate() throws BuildException {
        Timer timer = new Timer();
        SiteOptions settings = siteOptions();
        option(() -> OptionChecks.gitRevision(options.compareTo().orElse(null)));
        return skipped(checkRecord(), safeFingerprint(settings), timer);
    }

    /** The output is refused when it is unsafe (inside the strategy, ...); else the fingerprint of every input. */
    private String safeFingerprint(SiteOptions settings) throws BuildException {
        try {
            new SitePublisher(options.outputDirectory(), options.sourceDirectories())
                    .checkSafe(List.of(options.strategyDirectory(), options.baseDirectory()));
        } catch (PublishException e) {
            throw new BuildException(e.getMessage(), e);
        }
        return BuildFingerprint.of(options, settings);
    }

    private CheckRecord checkRecord() {
        return new CheckRecord(options.workDirectory().resolve("bsc-last-check.txt"));
    }

    private Optional<BuildResult> skipped(CheckRecord record, String fingerprint, Timer timer) {
        Optional<List<String>> unchanged = record.warningsFor(fingerprint);
        if (unchanged.isPresent() && options.allEditions().stream().allMatch(e -> EditionPublisher.isCurrent(options, e, fingerprint))) {
            log.unchanged(unchanged.get());
            return Optional.of(new BuildResult(true, List.of(), unchanged.get(), 0, 0, 0, false, 0, 0, List.of(), timer.timings()));
        }
        return Optional.empty();
    }

    /**
     * Checks, then writes only the briefing books (no site) on {@code size} paper: the full edition's into
     * {@code directory}, each audience edition's beside it ({@code directory-<name>}), each atomically.
     */
    public synchronized BookReport books(Path directory, BookSize size) throws BuildException {
        try (QuickJit jit = quickJit()) {
            return writeBooks(directory, size);
        }
    }

    private BookReport writeBooks(Path directory, BookSize size) throws BuildException {
        SiteOptions settings = siteOptions().withBook(true);
        CheckResult checked = check();
        checkBookUnits(checked);
        bookGlyphs(checked);
        EditionPublisher publisher = new EditionPublisher(options, engine(), "", new SharedRendering(templates, memo));
        int books = 0;
        int kept = 0;
        for (Edition edition : options.allEditions()) {
            Path target = edition.directory(directory);
            BookReport written = publisher.publishBooks(edition, settings, checked, target, size);
            books += written.books();
            kept += written.kept();
            if (!edition.isFull()) {
                log.info("Audience " + edition.name() + " briefing books -> " + target);
            }
        }
        return new BookReport(books, kept);
    }

    /**
     * C2 left out while a build runs in a JVM that ends with it ({@link BuildOptions#quickJit()}), unless its maps may
     * be laid out by the embedded engine, whose compiled WebAssembly needs C2 (and adds a directive of its own).
     */
    private QuickJit quickJit() {
        if (!options.quickJit()) {
            return QuickJit.off();
        }
        if (MapEngines.mayEmbed(options.engine(), engine)) {
            log.debug("C2 left on: the maps may be laid out by the embedded engine, which needs it");
            return QuickJit.off();
        }
        return QuickJit.start(log::debug);
    }

    /** Fails the build (BSC187) when bookUnits lists a unit the strategy does not have, naming the units it has. */
    private void checkBookUnits(CheckResult checked) throws BuildException {
        List<String> unknown = options.bookUnits().unknownIn(checked.strategy().orElseThrow());
        if (!unknown.isEmpty()) {
            List<String> known = checked.strategy().orElseThrow().allScorecards().stream()
                    .filter(s -> !s.isCompany()).map(s -> s.path()).toList();
            ProblemCode code = ProblemCode.BOOK_UNITS_UNKNOWN;
            throw new BuildException(code.code() + " bookUnits (" + options.bookUnits().id() + "): "
                    + (unknown.size() == 1 ? "no unit " : "no units ") + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList())
                    + " in this strategy; its units are " + (known.isEmpty() ? "none" : String.join(", ", known)) + ". Fix: " + code.hint());
        }
    }

    /**
     * The names the books cannot print (BSC186, unless switched off), each logged as a warning. Checked on the full
     * strategy: every edition prints a subset of its names.
     */
    private List<Problem> bookGlyphs(CheckResult checked) throws BuildException {
        if (options.check().disabled().contains(ProblemCode.BOOK_GLYPHS_MISSING) || checked.strategy().isEmpty()) {
            return List.of();
        }
        try {
            List<Problem> found = BookGlyphs.ofBookFont().check(checked.strategy().get());
            found.forEach(p -> log.warn(lines.line(p)));
            return found;
        } catch (java.io.IOException e) {
            throw new BuildException("The briefing books' font could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Renders the full site into {@code target} (an existing, empty directory), without "What changed", keeping
     * the pages of {@code previous} whose inputs did not change. For a preview: nothing is published.
     */
    public synchronized RenderReport render(CheckResult checked, Path target, Optional<PreviousSite> previous)
            throws BuildException, RenderException {
        MapEngine maps = engine();
        return new SiteRenderer(siteOptions(), maps.layout(), maps.parallel(), new SharedRendering(templates, memo)).render(checked.strategy().orElseThrow(),
                checked.scores().orElseThrow(), Optional.empty(), target, pages -> { }, previous);
    }

    /** The map engine, chosen once from the {@code engine} setting; its choice is logged. */
    public synchronized MapEngine engine() throws BuildException {
        if (engine.isEmpty()) {
            MapEngine chosen = option(() -> MapEngines.select(options.engine(), options.mapCacheDirectory()));
            chosen.note().ifPresent(log::info);
            engine = Optional.of(chosen);
        }
        return engine.get();
    }

    /** The site settings, checked once: a bad one stops the build with its message. */
    public synchronized SiteOptions siteOptions() throws BuildException {
        if (site.isEmpty()) {
            site = Optional.of(option(() -> options.site().check().withBook(options.books().isPresent())
                    .withBookUnits(options.bookUnits())));
        }
        return site.get();
    }

    private interface OptionCheck<T> {
        T get() throws InvalidOptionException;
    }

    private static <T> T option(OptionCheck<T> check) throws BuildException {
        try {
            return check.get();
        } catch (InvalidOptionException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }
}
