package dev.bscportal.maven;

import dev.bscportal.core.book.BookOptions;
import dev.bscportal.core.book.BookReport;
import dev.bscportal.core.book.BookSize;
import dev.bscportal.core.book.BriefingBooks;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.history.ChangeReport;
import dev.bscportal.core.history.GitBaseline;
import dev.bscportal.core.history.HistoryException;
import dev.bscportal.core.options.InvalidOptionException;
import dev.bscportal.core.options.OptionChecks;
import dev.bscportal.core.options.SiteSettings;
import dev.bscportal.core.publish.PublishException;
import dev.bscportal.core.publish.SiteFingerprint;
import dev.bscportal.core.publish.SitePublisher;
import dev.bscportal.core.render.PreviousSite;
import dev.bscportal.core.render.RenderException;
import dev.bscportal.core.render.RenderReport;
import dev.bscportal.core.render.Redaction;
import dev.bscportal.core.render.SiteOptions;
import dev.bscportal.core.render.SiteRenderer;
import dev.bscportal.core.render.map.CachingLayout;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Validates the strategy, then renders the portal and publishes it atomically into {@code outputDirectory}:
 * errors stop the build before anything is written, and a failed build leaves the previous site as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractStrategyMojo {

    /** Where the site goes. Replaced as a whole on every build. */
    @Parameter(property = "bsc.outputDirectory", defaultValue = "${project.build.directory}/strategy-site", required = true)
    protected File outputDirectory;

    /** Files here replace built-in templates and assets of the same name: templates/home.ftlh, assets/site.css, i18n/labels.properties. */
    @Parameter(property = "bsc.templateDirectory", defaultValue = "${project.basedir}/src/site-template")
    protected File templateDirectory;

    /** The site title; defaults to the organisation name. */
    @Parameter(property = "bsc.title")
    protected String title;

    /** Language of the fixed labels and number formats: en or de (others fall back to English labels). */
    @Parameter(property = "bsc.locale", defaultValue = "en")
    protected String locale;

    /** The public address of the site, e.g. https://example.github.io/strategy/ ; enables sitemap.xml. */
    @Parameter(property = "bsc.siteUrl")
    protected String siteUrl;

    /** An identifier of this build passed by CI (e.g. the commit), shown in the footer. */
    @Parameter(property = "bsc.buildId")
    protected String buildId;

    /** A logo inside the template directory's assets, e.g. assets/logo.svg. */
    @Parameter(property = "bsc.logo")
    protected String logo;

    /** The accent colour, e.g. #0b5cad. */
    @Parameter(property = "bsc.accentColour")
    protected String accentColour;

    /** Lets raw HTML in Markdown through unescaped. Off by default: strategy text cannot run script. */
    @Parameter(property = "bsc.allowRawHtml", defaultValue = "false")
    protected boolean allowRawHtml;

    /** Graphviz engine for the maps: auto (native dot when installed, else embedded), dot, or embedded. */
    @Parameter(property = "bsc.graphviz.engine", defaultValue = "auto")
    protected String graphvizEngine;

    /** Laid-out maps are cached here, keyed by their DOT source, so unchanged maps are not laid out again. */
    @Parameter(property = "bsc.mapCacheDirectory", defaultValue = "${project.build.directory}/bsc-map-cache")
    protected File mapCacheDirectory;

    /**
     * The git commit, branch or tag the "What changed" page compares with. Default: the last commit that touched
     * the newest review file. Without git (or without reviews) the page is left out.
     */
    @Parameter(property = "bsc.compareTo")
    protected String compareTo;

    /**
     * Extra, redacted editions of the site: each is written to {@code outputDirectory-<name>} and leaves out
     * the sections it lists (actuals, budgets, owners) on every page, in search and in strategy.json.
     */
    @Parameter
    protected List<Audience> audiences = new ArrayList<>();

    /**
     * Writes a briefing book (a tagged, accessible PDF of the strategy) beside each scorecard's home page:
     * briefing-book.pdf and units/&lt;id&gt;/briefing-book.pdf, in every edition, linked from the home pages.
     */
    @Parameter(property = "bsc.book", defaultValue = "true")
    protected boolean book;

    /** The briefing book's paper: A4 or Letter. */
    @Parameter(property = "bsc.bookSize", defaultValue = "A4")
    protected String bookSize;

    /** Set by {@link #run()} once checked. */
    private BookOptions checkedBookOptions = BookOptions.defaults();

    @Override
    protected String goalName() {
        return "bsc:build";
    }

    @Override
    protected java.util.Map<String, File> otherRoots() {
        return templateDirectory == null ? java.util.Map.of() : java.util.Map.of("templateDirectory", templateDirectory);
    }

    @Override
    protected void run() throws MojoFailureException {
        long start = System.nanoTime();
        SiteOptions options = siteOptions();
        checkedBookOptions = bookOptions();
        Optional<String> revision = checkedCompareTo();
        List<Path> sources = sourceDirectories();
        SitePublisher publisher = new SitePublisher(outputDirectory.toPath(), sources);
        List<Path> protectedDirs = List.of(sourceDirectory.toPath(), baseDirectory.toPath());
        try {
            publisher.checkSafe(protectedDirs);
        } catch (PublishException e) {
            throw new MojoFailureException(e.getMessage());
        }
        String fingerprint = fingerprint(options);
        CheckRecord record = new CheckRecord(new File(mapCacheDirectory.getParentFile(), "bsc-last-check.txt").toPath());
        Optional<List<String>> unchangedWarnings = record.warningsFor(fingerprint);
        boolean upToDate = unchangedWarnings.isPresent()
                && publisher.state().recorded(SiteFingerprint.ENTRY).filter(fingerprint::equals).isPresent()
                && audiences.stream().allMatch(a -> new SitePublisher(audienceDirectory(a).toPath()).state()
                        .recorded(SiteFingerprint.ENTRY).filter(fingerprint::equals).isPresent());
        if (upToDate) {
            problemLogger().logUnchanged(unchangedWarnings.get());
            getLog().info("Strategy site is up to date (no strategy, template or setting changed) -> " + outputDirectory);
            return;
        }
        record.forget();
        CheckResult checked = checkStrategy();
        MapEngines.Selected engine = MapEngines.select(graphvizEngine, mapCacheDirectory.toPath());
        engine.note().ifPresent(note -> getLog().info(note));
        Optional<ChangeReport> changes = changes(checked, revision);
        AtomicReference<RenderReport> report = new AtomicReference<>();
        AtomicReference<Optional<BookReport>> books = new AtomicReference<>(Optional.empty());
        ProgressLog progress = new ProgressLog(getLog());
        try {
            publisher.publish(protectedDirs, staging -> {
                report.set(new SiteRenderer(options, engine.layout(), engine.parallel())
                        .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), changes, staging, progress,
                                previousSite(publisher)));
                books.set(writeBooks(options, "", checked, staging, publisher));
                return bookkeeping(fingerprint, report.get());
            });
        } catch (PublishException e) {
            Throwable cause = e.getCause();
            String message = cause instanceof RenderException ? cause.getMessage() : e.getMessage();
            throw new MojoFailureException("The site was not published: " + message
                    + " The previously published site in " + outputDirectory + " is unchanged.");
        }
        for (Audience audience : audiences) {
            publishAudience(audience, options, checked, fingerprint, changes, protectedDirs);
        }
        record.save(fingerprint, problemLogger().warningLines(checked));
        RenderReport r = report.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String laidOut = engine.layout().filter(l -> l instanceof CachingLayout).map(l -> (CachingLayout) l)
                .map(c -> " (" + c.laidOut() + " laid out, " + c.cacheHits() + " from cache)").orElse("");
        String kept = r.pagesKept() > 0 ? String.format(Locale.ROOT, " (%d rendered, %d unchanged kept)",
                r.pages() - r.pagesKept(), r.pagesKept()) : "";
        getLog().info(String.format(Locale.ROOT, "Strategy site: %d pages%s, %d maps%s, %d warning(s) in %.1f s -> %s",
                r.pages(), kept, r.maps(), laidOut, checked.warnings().size(), millis / 1000.0, outputDirectory));
        books.get().ifPresent(b -> getLog().info(String.format(Locale.ROOT, "Briefing books: %d (%d rendered, %d unchanged kept)",
                b.books(), b.books() - b.kept(), b.kept())));
    }

    /** The briefing book's options, checked: the paper must be A4 or Letter. */
    protected BookOptions bookOptions() throws MojoFailureException {
        return new BookOptions(BookSize.fromId(bookSize).orElseThrow(() -> new MojoFailureException(
                "bookSize '" + bookSize + "' is not a paper size; write <bookSize>A4</bookSize> or <bookSize>Letter</bookSize>.")), "");
    }

    /**
     * The edition's briefing books, into its staging folder, reusing the unchanged ones of the edition published
     * before; none when {@code book} is off. (One call per edition: where books are written.)
     */
    private Optional<BookReport> writeBooks(SiteOptions options, String edition, CheckResult checked, Path staging,
            SitePublisher published) throws dev.bscportal.core.render.RenderException {
        if (!book) {
            return Optional.empty();
        }
        MapEngines.Selected engine;
        try {
            engine = MapEngines.select(graphvizEngine, mapCacheDirectory.toPath());
            return Optional.of(new BriefingBooks(options, checkedBookOptions.withEdition(edition), engine.layout(), engine.parallel())
                    .write(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), staging, Optional.of(published.output())));
        } catch (MojoFailureException e) {
            throw new dev.bscportal.core.render.RenderException(e.getMessage(), e);
        }
    }

    /** What the site is built from: the strategy, the template overrides, the settings, this plugin and git's HEAD. */
    private String fingerprint(SiteOptions options) {
        String head = "";
        try {
            head = dev.bscportal.core.history.GitHead.of(sourceDirectory.toPath()).orElse("");
        } catch (RuntimeException e) {
            head = "unknown";
        }
        String settings = options + "|" + bookSize + "|" + graphvizEngine + "|" + compareTo + "|" + disabledRules + "|" + failOnWarnings + "|"
                + getClass().getPackage().getImplementationVersion() + "|" + dev.bscportal.core.publish.CodeStamp.of(getClass()) + "|"
                + dev.bscportal.core.publish.CodeStamp.of(SitePublisher.class) + "|" + head;
        List<Path> inputs = new ArrayList<>(List.of(sourceDirectory.toPath()));
        if (templateDirectory != null) {
            inputs.add(templateDirectory.toPath());
        }
        return SiteFingerprint.of(inputs, settings);
    }

    /** What the build reads: no site may be published inside (or over) these. */
    private List<Path> sourceDirectories() {
        List<Path> sources = new ArrayList<>(List.of(sourceDirectory.toPath()));
        if (templateDirectory != null) {
            sources.add(templateDirectory.toPath());
        }
        return sources;
    }

    /** The site published before and its page digests, whose unchanged pages the renderer may keep; read only. */
    private static Optional<PreviousSite> previousSite(SitePublisher publisher) {
        return publisher.state().recorded(PreviousSite.RECORD).map(digests -> new PreviousSite(publisher.output(), digests));
    }

    /** What is recorded beside a published site (never in it): what it was built from and its page digests. */
    private static java.util.Map<String, String> bookkeeping(String fingerprint, RenderReport report) {
        return java.util.Map.of(SiteFingerprint.ENTRY, fingerprint, PreviousSite.RECORD, report.pageDigests());
    }

    private File audienceDirectory(Audience audience) {
        return new File(outputDirectory.getParentFile(), outputDirectory.getName() + "-" + audience.getName());
    }

    private void publishAudience(Audience audience, SiteOptions options, CheckResult checked, String fingerprint,
            Optional<ChangeReport> changes, List<Path> protectedDirs) throws MojoFailureException {
        String name = audienceName(audience);
        java.util.Set<Redaction> omit = omitted(audience);
        File target = audienceDirectory(audience);
        MapEngines.Selected engine = MapEngines.select(graphvizEngine, mapCacheDirectory.toPath());
        try {
            SitePublisher edition = new SitePublisher(target.toPath(), sourceDirectories());
            edition.publish(protectedDirs, staging -> {
                RenderReport rendered = new SiteRenderer(options.withRedactions(omit), engine.layout(), engine.parallel())
                        .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), changes, staging, n -> { },
                                previousSite(edition));
                writeBooks(options.withRedactions(omit), name, checked, staging, edition);
                return bookkeeping(fingerprint, rendered);
            });
        } catch (PublishException e) {
            throw new MojoFailureException("The " + name + " edition was not published: " + e.getMessage());
        }
        getLog().info("Audience " + name + " (without " + omit.stream().map(Redaction::id).toList() + ") -> " + target);
    }

    /** An audience's name, checked: lower-case letters, digits and hyphens. */
    static String audienceName(Audience audience) throws MojoFailureException {
        String name = audience.getName() == null ? "" : audience.getName().trim();
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new MojoFailureException("An audience needs a name of lower-case letters, digits and hyphens, e.g. public.");
        }
        return name;
    }

    /** The sections an audience omits, checked: actuals, budgets, owners. */
    static java.util.Set<Redaction> omitted(Audience audience) throws MojoFailureException {
        String name = audienceName(audience);
        java.util.Set<Redaction> omit = java.util.EnumSet.noneOf(Redaction.class);
        for (String part : (audience.getOmit() == null ? "" : audience.getOmit()).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            omit.add(Redaction.fromId(part.trim()).orElseThrow(() -> new MojoFailureException("Audience " + name
                    + " omits '" + part.trim() + "'; use actuals, budgets or owners.")));
        }
        return omit;
    }

    private Optional<ChangeReport> changes(CheckResult checked, Optional<String> revision) {
        try {
            File scratch = new File(mapCacheDirectory.getParentFile(), "bsc-history");
            java.nio.file.Files.createDirectories(scratch.toPath());
            Optional<ChangeReport> report = GitBaseline.report(sourceDirectory.toPath(),
                    revision, checked.strategy().orElseThrow(),
                    checked.scores().orElseThrow(), scratch.toPath(), parsedFiles);
            report.ifPresent(r -> getLog().info("What changed: " + r.changes().size() + " change(s) since " + r.baselineLabel()));
            return report;
        } catch (HistoryException | java.io.IOException e) {
            getLog().warn("The What changed page is left out: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The site settings, checked by the engine: a bad one fails the build with the engine's message. */
    protected SiteOptions siteOptions() throws MojoFailureException {
        try {
            return new SiteSettings(title, locale, Optional.ofNullable(templateDirectory).map(File::toPath), siteUrl, buildId,
                    logo, accentColour, allowRawHtml).check().withBook(book);
        } catch (InvalidOptionException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    private Optional<String> checkedCompareTo() throws MojoFailureException {
        try {
            return OptionChecks.gitRevision(compareTo);
        } catch (InvalidOptionException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

}
