package dev.bscportal.core.site;

import dev.bscportal.core.markdown.Markdown;
import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.redact.Redactor;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.maps.MapException;
import dev.bscportal.core.maps.RenderedMap;
import dev.bscportal.core.maps.StrategyMaps;
import dev.bscportal.core.score.StatusHistory;
import dev.bscportal.core.score.StrategyScores;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The view model the site's pages see (the same redacted strategy, scores, labels, Markdown, maps and charts),
 * prepared once for another output of the same edition: the briefing book. A template renders one scorecard
 * into a single document; {@link #document} is thread-safe.
 */
public final class BookViews {

    private final SiteOptions options;
    private final Strategy strategy;
    private final SiteModel site;
    private final LinkedStrategy linked;
    private final Labels labels;
    private final Markdown markdown;
    private final TemplateEngine templates;
    private final Map<String, RenderedMap> maps;
    private final StatusHistory history;
    private final ThreadLocal<Formats> formats;
    private final PageModel pageModel;

    private BookViews(SiteOptions options, Strategy strategy, SiteModel site, LinkedStrategy linked, Labels labels,
            Markdown markdown, TemplateEngine templates, Map<String, RenderedMap> maps, StatusHistory history) {
        this.options = options;
        this.strategy = strategy;
        this.site = site;
        this.linked = linked;
        this.labels = labels;
        this.markdown = markdown;
        this.templates = templates;
        this.maps = maps;
        this.history = history;
        this.formats = ThreadLocal.withInitial(() -> new Formats(options.locale()));
        this.pageModel = new PageModel(site, labels, markdown, maps, options.shows(Redaction.ACTUALS), history);
    }

    /**
     * Prepares the edition {@code options} describes, exactly as {@link SiteRenderer} does: redaction, localised
     * default perspectives, status-only scores without actuals, and the maps (laid out by {@code layout}, which a
     * caching layout answers from the site's own build).
     */
    public static BookViews prepare(SiteOptions options, Strategy strategy, StrategyScores scores, Optional<MapLayout> layout,
            boolean parallelMaps, ExecutorService executor) throws RenderException {
        return prepare(options, strategy, scores, layout, parallelMaps, executor, s -> true);
    }

    /**
     * As {@link #prepare(SiteOptions, Strategy, StrategyScores, Optional, boolean, ExecutorService)} for the books of
     * the scorecards {@code laidOut} selects only: only their strategy maps are laid out (the one map book.ftlh
     * shows). A project that overrides a template gets every map, as the site has them: its book may show others.
     */
    public static BookViews prepare(SiteOptions options, Strategy strategy, StrategyScores scores, Optional<MapLayout> layout,
            boolean parallelMaps, ExecutorService executor, java.util.function.Predicate<Scorecard> laidOut)
            throws RenderException {
        return prepare(options, strategy, scores, layout, parallelMaps, executor, laidOut, new SharedRendering());
    }

    /**
     * As {@link #prepare(SiteOptions, Strategy, StrategyScores, Optional, boolean, ExecutorService, java.util.function.Predicate)},
     * with what the build's site rendering kept in {@code shared}: the measure results the status history needs and
     * the Markdown it converted (a book shows the texts the site's pages show), instead of scoring the strategy at six
     * periods and converting every text of it again.
     */
    public static BookViews prepare(SiteOptions options, Strategy strategy, StrategyScores scores, Optional<MapLayout> layout,
            boolean parallelMaps, ExecutorService executor, java.util.function.Predicate<Scorecard> laidOut,
            SharedRendering shared) throws RenderException {
        StatusHistory history = new StatusHistory(strategy, scores, shared.memo().scores());
        SiteResources resources = SiteResources.open(options.templateOverrides());
        Labels labels = Labels.load(options.locale(), resources);
        Strategy shown = DefaultPerspectives.localised(Redactor.apply(strategy, options.redactions()), labels);
        StrategyScores shownScores = options.shows(Redaction.ACTUALS) ? scores : StatusOnlyScores.of(scores);
        Markdown markdown = shared.markdown(options);
        MarkdownBodies.convertAll(shown, markdown);
        TemplateEngine templates = new TemplateEngine(resources, options.locale());
        LinkedStrategy linked = new LinkedStrategy(shown, shownScores);
        SiteModel site = new SiteModel(options, linked, new Owners(shown), labels, Optional.empty());
        Map<String, RenderedMap> maps = PageReuse.overridesPageTemplates(resources)
                ? SiteRenderer.renderMaps(labels, layout, parallelMaps, shown, shownScores, executor)
                : bookMaps(labels, layout, parallelMaps, shown, shownScores, executor, laidOut);
        return new BookViews(options, shown, site, linked, labels, markdown, templates, maps, history);
    }

    private static Map<String, RenderedMap> bookMaps(Labels labels, Optional<MapLayout> layout, boolean parallelMaps,
            Strategy shown, StrategyScores scores, ExecutorService executor, java.util.function.Predicate<Scorecard> laidOut)
            throws RenderException {
        try {
            return layout.isPresent() ? new StrategyMaps(SiteRenderer.mapText(labels), layout.get(), parallelMaps)
                    .scorecardMaps(shown, scores, executor, s -> laidOut.test(s)) : Map.of();
        } catch (MapException e) {
            throw new RenderException(e.getMessage(), e);
        } finally {
            layout.ifPresent(MapLayout::release);
        }
    }

    /** Every scorecard of the edition, the company first, units in the strategy's order. */
    public List<Scorecard> scorecards() {
        return strategy.allScorecards();
    }

    /** A label of the edition's locale (with the template directory's overrides). */
    public String label(String key) {
        return labels.get(key);
    }

    /** The edition's title: the configured one, else the organisation's name. */
    public String title() {
        return site.getTitle();
    }

    public SiteOptions options() {
        return options;
    }

    /**
     * Renders {@code template} for one scorecard into a document whose site path is {@code path}; {@code extras}
     * are added to the model (as {@code book}). Templates see what pages see: site, t, fmt, md, maps, charts, sc.
     */
    public String document(Scorecard scorecard, String template, String path, Object extras) throws RenderException {
        ScorecardView view = new ScorecardView(linked, scorecard);
        PageContext context = new PageContext(path, view.getName(), "book");
        Map<String, Object> model = pageModel.of(context, formats.get(), view, Map.of());
        model.put("book", extras);
        StringWriter out = new StringWriter();
        templates.render(template, model, out);
        return out.toString();
    }
}
