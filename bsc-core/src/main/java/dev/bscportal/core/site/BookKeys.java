package dev.bscportal.core.site;

import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.maps.MapMemo;
import dev.bscportal.core.maps.StrategyMapDot;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.presentation.SitePaths;
import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.redact.Redactor;
import dev.bscportal.core.score.StrategyScores;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key of every briefing book of an edition, computed from what the book's template ({@code book.ftlh}) shows,
 * without rendering it: a book whose key is unchanged is kept as published, with no template, chart, map or PDF
 * work. The key holds, for the edition: the book's own settings ({@code book}: document format, page size, edition
 * name, periods per table), the site options it prints (title, locale, build id or the placeholder a book is laid out
 * with when the id is stamped on afterwards, accent colour, raw HTML, redactions
 * and the rest except the overrides' folder, whose files count by content), the labels of the locale with their
 * overrides, the template overrides' content, the as-of period (the PDF's dates), the organisation's name and the
 * map engine's name; and per scorecard, as the edition shows it (redacted, localised perspectives, status-only
 * scores without actuals): its path and folder, its info (name, mission, vision, values, horizon), perspectives,
 * themes, objectives, measures, measurements, initiatives, OKRs and reviews, its scores (every measure's result and
 * history), its ancestors' names, and the DOT source of its strategy map (which, with the engine's name, decides its
 * SVG). The code and fonts that turn this into a PDF are not in the key: they are recorded beside the books (see
 * {@code book.BookFormat}). The key holds no path of this machine, so it can be the PDF's document id.
 *
 * <p>Anything the book shows that is missing here would leave a book stale; {@code BookKeyEditsTest} renders the
 * book's document before and after many kinds of edits and fails when a document changed under an unchanged key.
 */
public final class BookKeys {

    private BookKeys() {
    }

    /** A book of the edition: its scorecard as the edition shows it, its site path and its key (SHA-256, hex). */
    public record Key(Scorecard scorecard, String path, String key) {
    }

    /**
     * Whether a published book may be kept when its key is unchanged: not when the project overrides a template, since
     * an overridden template may show what the key does not hold (the site's pages follow the same rule).
     */
    public static boolean mayKeep(SiteOptions options) throws RenderException {
        return !PageReuse.overridesPageTemplates(SiteResources.open(options.templateOverrides()));
    }

    /** The key of every scorecard's book, the company first, in the strategy's order. */
    public static List<Key> of(SiteOptions options, Strategy strategy, StrategyScores scores, Optional<MapLayout> layout,
            List<Object> book) throws RenderException {
        return of(options, strategy, scores, layout, book, new ContentDigest(), Optional.empty());
    }

    /**
     * As {@link #of(SiteOptions, Strategy, StrategyScores, Optional, List)}, digesting with the memo the build's site
     * rendering kept: the records and lists the site's page keys digested are fed by their kept digests (the key is
     * the same with or without a memo), which at 10,000 pages was most of a book key's cost.
     */
    public static List<Key> of(SiteOptions options, Strategy strategy, StrategyScores scores, Optional<MapLayout> layout,
            List<Object> book, SharedRendering shared) throws RenderException {
        return of(options, strategy, scores, layout, book, new ContentDigest(shared.memo().digests()), shared.memo().maps());
    }

    private static List<Key> of(SiteOptions options, Strategy strategy, StrategyScores scores, Optional<MapLayout> layout,
            List<Object> book, ContentDigest digest, Optional<MapMemo> maps) throws RenderException {
        SiteResources resources = SiteResources.open(options.templateOverrides());
        Labels labels = Labels.load(options.locale(), resources);
        Strategy shown = DefaultPerspectives.localised(Redactor.apply(strategy, options.redactions()), labels);
        StrategyScores shownScores = options.shows(Redaction.ACTUALS) ? scores : StatusOnlyScores.of(scores);
        LinkedStrategy linked = new LinkedStrategy(shown, shownScores);
        String overrides = resources.overrideNames().isEmpty() ? "" : PageReuse.overridesDigest(resources);
        String edition = digest.of(book, options.title(), options.locale(), options.siteUrl(), options.buildId(),
                options.logo(), options.accentColour(), options.allowRawHtml(), options.redactions(), labels.asMap(),
                overrides, shownScores.asOf(), shown.company().info().name(), layout.map(MapLayout::name));
        StrategyMapDot dot = new StrategyMapDot(SiteRenderer.mapText(labels));
        List<Scorecard> cards = shown.allScorecards();
        List<String> keys = cards.parallelStream().map(s -> {
            List<Object> ancestors = new ArrayList<>();
            for (ScorecardView a : new ScorecardView(linked, s).getAncestors()) {
                ancestors.add(List.of(a.getScorecard().path(), a.getName()));
            }
            Object map = layout.isEmpty() ? "no map" : maps.isPresent()
                    ? dot.scorecardMap(s, shownScores.of(s), SitePaths.prefix(s), maps.get())
                    : dot.scorecardMap(s, shownScores.of(s), SitePaths.prefix(s));
            return digest.of(edition, s.path(), s.directory(), s.info(), s.perspectives(), s.themes(), s.objectives(),
                    s.measures(), s.measurements(), s.initiatives(), s.okrs(), s.reviews(), shownScores.of(s), ancestors, map);
        }).toList();
        List<Key> result = new ArrayList<>(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            result.add(new Key(cards.get(i), SitePaths.book(cards.get(i)), keys.get(i)));
        }
        return result;
    }

    /** The keys by site path, for tests and logs. */
    public static Map<String, String> byPath(List<Key> keys) {
        Map<String, String> result = new LinkedHashMap<>();
        keys.forEach(k -> result.put(k.path(), k.key()));
        return result;
    }
}
