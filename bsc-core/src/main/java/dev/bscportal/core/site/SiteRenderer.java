package dev.bscportal.core.site;

import dev.bscportal.core.export.SearchIndexWriter;
import dev.bscportal.core.export.Sitemap;
import dev.bscportal.core.markdown.Markdown;
import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.redact.Redactor;
import dev.bscportal.core.score.StatusHistory;
import dev.bscportal.core.history.ChangeReport;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.maps.MapText;
import dev.bscportal.core.maps.RenderedMap;
import dev.bscportal.core.maps.StrategyMaps;
import dev.bscportal.core.maps.MapException;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.maps.MapMemo;
import dev.bscportal.core.score.Status;
import dev.bscportal.core.score.StrategyScores;
import dev.bscportal.core.files.WriterThreads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Writes the whole site into an empty directory: maps, pages (in parallel on all cores), assets, the search
 * index, sitemap and the files static hosts want. Knows nothing of Maven; publishing (the atomic swap) is
 * someone else's job.
 */
public final class SiteRenderer {

    private final SiteOptions options;
    private final Optional<MapLayout> mapLayout;
    private final boolean parallelMaps;
    private final int threads;
    private final SharedRendering shared;

    public SiteRenderer(SiteOptions options, Optional<MapLayout> mapLayout, boolean parallelMaps) {
        this(options, mapLayout, parallelMaps, new SharedRendering());
    }

    /** A renderer that takes its template engine and Markdown converter from {@code shared} (one per build). */
    public SiteRenderer(SiteOptions options, Optional<MapLayout> mapLayout, boolean parallelMaps, SharedRendering shared) {
        this.shared = shared;
        this.options = options;
        this.mapLayout = mapLayout;
        this.parallelMaps = parallelMaps;
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Renders into {@code target}, which must exist and be empty. {@code progress} gets pages done so far. */
    public RenderReport render(Strategy strategy, StrategyScores scores, Path target, IntConsumer progress)
            throws RenderException {
        return render(strategy, scores, Optional.empty(), target, progress);
    }

    /** As above, with the "What changed" page when a change report is given. */
    public RenderReport render(Strategy strategy, StrategyScores scores, Optional<ChangeReport> changes, Path target,
            IntConsumer progress) throws RenderException {
        return render(strategy, scores, changes, target, progress, Optional.empty());
    }

    /**
     * As above, keeping the pages of {@code previousSite} (the site published before, read only) whose inputs did
     * not change instead of rendering them again; the result is byte-identical to a full build.
     */
    public RenderReport render(Strategy strategy, StrategyScores scores, Optional<ChangeReport> changes, Path target,
            IntConsumer progress, Optional<PreviousSite> previousSite) throws RenderException {
        // the heatmap re-scores past periods from the measurements, which the redacted model no longer has; it
        // holds statuses only
        StatusHistory history = new StatusHistory(strategy, scores, shared.memo().scores());
        SiteResources resources = SiteResources.open(options.templateOverrides());
        TemplateEngine.refuseIncludeCycles(resources);
        LogoPath.check(options.logo(), resources);
        Labels labels = Labels.load(options.locale(), resources);
        dev.bscportal.core.redact.NameMatcher withheldNames = options.shows(Redaction.OWNERS)
                ? dev.bscportal.core.redact.NameMatcher.of(List.of()) : Redactor.names(strategy);
        List<dev.bscportal.core.problem.Problem> namedIds = dev.bscportal.core.redact.NamedIds.find(strategy, withheldNames);
        if (!namedIds.isEmpty()) {
            throw new RenderException(String.join("\n", namedIds.stream().map(dev.bscportal.core.problem.Problem::describe).toList()));
        }
        changes = Redactor.apply(changes, strategy, options.redactions());
        strategy = DefaultPerspectives.localised(Redactor.apply(strategy, options.redactions()), labels);
        if (!options.shows(Redaction.ACTUALS)) {
            scores = StatusOnlyScores.of(scores);
        }
        Markdown markdown = shared.markdown(options);
        MarkdownBodies.convertAll(strategy, markdown);
        List<String> codeIdentity = PageReuse.codeIdentity(resources);
        TemplateEngine templates = shared.templates(options, resources, codeIdentity);
        Owners owners = new Owners(strategy);
        LinkedStrategy linked = new LinkedStrategy(strategy, scores);
        SiteModel site = new SiteModel(options, linked, owners, labels, changes);
        List<PageSpec> pages = new PagePlanner(linked, labels, markdown, owners, changes).plan();

        AtomicInteger kept = new AtomicInteger();
        PageReuse reuse;
        StrategyJsonFile jsonFile;
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "bsc-render");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, RenderedMap> maps = renderMaps(labels, mapLayout, parallelMaps, strategy, scores, executor, shared.memo().maps());
            ContentDigest digest = new ContentDigest(shared.memo().digests());
            String siteWide = digest.of(codeIdentity, options, labels.asMap(), owners.slugs(),
                    scores.asOf(), changes.isPresent(), strategy.company().info().name(), mapLayout.isPresent());
            Map<String, String> digests = new LinkedHashMap<>(new PageDependencies(digest, linked, history, maps, siteWide).digests(pages));
            digests.putAll(GeneratedFiles.keys(digest, siteWide, withheldNames, maps));
            jsonFile = StrategyJsonFile.keyed(digest, siteWide, withheldNames, strategy, scores, options.shows(Redaction.ACTUALS));
            digests.put(StrategyJsonFile.GROUP, jsonFile.key());
            reuse = PageReuse.overridesPageTemplates(resources) ? PageReuse.none(digests)
                    : PageReuse.from(previousSite, digests);
            ThreadLocal<Formats> formats = ThreadLocal.withInitial(() -> new Formats(options.locale()));
            PageModel pageModel = new PageModel(site, labels, markdown, maps, options.shows(Redaction.ACTUALS), history);
            List<Future<?>> futures = new ArrayList<>();
            AtomicInteger done = new AtomicInteger();
            for (PageSpec page : pages) {
                futures.add(executor.submit(() -> {
                    if (reuse.keep(page, target)) {
                        kept.incrementAndGet();
                    } else {
                        renderPage(page, pageModel, templates, formats.get(), target);
                    }
                    progress.accept(done.incrementAndGet());
                    return null;
                }));
            }
            // while the pages are rendered on the pool
            GeneratedFiles.writeMaps(maps, options.locale(), labels, reuse, target);
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RenderException r) {
                throw r;
            }
            if (cause instanceof UncheckedIOException io) {
                throw new RenderException("Could not write the site: " + io.getCause().getMessage(), io);
            }
            throw new RenderException("Rendering failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("Interrupted while rendering.", e);
        } finally {
            WriterThreads.stop(executor);
        }
        int assets = new AssetWriter(resources).copy(target);
        List<SearchIndexWriter.Entry> entries = new ArrayList<>();
        List<String> searchablePaths = new ArrayList<>();
        for (PageSpec page : pages) {
            if (page.searchable()) {
                searchablePaths.add(page.path());
                entries.add(new SearchIndexWriter.Entry(page.path(), page.title(), labels.get("kind." + page.kind()),
                        page.scorecard() == null ? "" : page.scorecard().getName(), page.searchText()));
            }
        }
        write(target, "search-index.js", SearchIndexWriter.script(entries));
        write(target, ".nojekyll", "");
        jsonFile.write(reuse, target);
        if (options.siteUrl().isPresent()) {
            write(target, "sitemap.xml", Sitemap.xml(options.siteUrl().get(), searchablePaths));
        }
        // the last line of an edition without names: what the generated files show, whichever way it got there
        dev.bscportal.core.redact.PublishedText.scrub(target, withheldNames);
        return new RenderReport(pages.size(), mapLayout.isPresent() ? countMaps(pages, target) : 0, assets, kept.get(),
                reuse.digests());
    }

    private void renderPage(PageSpec page, PageModel pageModel, TemplateEngine templates, Formats fmt, Path target)
            throws RenderException {
        PageContext context = new PageContext(page.path(), page.title(), page.kind());
        Map<String, Object> model = pageModel.of(context, fmt, page.scorecard(), page.extras());
        // streamed straight into the file: a page is never held whole in memory (a failed page only ever
        // leaves a partial file in the staging folder, which is thrown away)
        Path file = target.resolve(page.path());
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                templates.render(page.template(), model, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int countMaps(List<PageSpec> pages, Path target) {
        try (var files = Files.walk(target)) {
            return (int) files.filter(f -> f.toString().endsWith(".svg") && f.getParent().getFileName().toString().equals("maps")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The strategy's maps with the labels of the locale, none without a layout engine; the engine is released
     * afterwards. The site and the briefing book draw their maps through here.
     */
    static Map<String, RenderedMap> renderMaps(Labels labels, Optional<MapLayout> layout, boolean parallelMaps,
            Strategy strategy, StrategyScores scores, ExecutorService executor) throws RenderException {
        return renderMaps(labels, layout, parallelMaps, strategy, scores, executor, Optional.empty());
    }

    /** As above, taking maps whose engine, path and source are unchanged from {@code memo}. */
    static Map<String, RenderedMap> renderMaps(Labels labels, Optional<MapLayout> layout, boolean parallelMaps,
            Strategy strategy, StrategyScores scores, ExecutorService executor, Optional<MapMemo> memo) throws RenderException {
        try {
            return layout.isPresent()
                    ? new StrategyMaps(mapText(labels), layout.get(), parallelMaps, memo).render(strategy, scores, executor)
                    : Map.of();
        } catch (MapException e) {
            throw new RenderException(e.getMessage(), e);
        } finally {
            layout.ifPresent(MapLayout::release);
        }
    }

    static MapText mapText(Labels labels) {
        Map<Status, String> names = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            names.put(s, labels.get("status." + s.id()));
        }
        return new MapText(names, labels.get("score"), labels.get("noscore"));
    }

    static void write(Path root, String sitePath, String content) {
        try {
            Path file = root.resolve(sitePath);
            Files.createDirectories(file.getParent());
            Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
