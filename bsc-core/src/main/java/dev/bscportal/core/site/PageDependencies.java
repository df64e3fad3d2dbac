package dev.bscportal.core.site;

import dev.bscportal.core.presentation.SitePaths;
import dev.bscportal.core.score.StatusHistory;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.ObjectiveKey;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.maps.RenderedMap;
import dev.bscportal.core.score.StrategyScores;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each page is made of, as a digest per group of pages, so a rebuild can keep the pages whose inputs did
 * not change. Groups: each objective, measure, initiative and review page on its own ({@code page:<path>}, keyed by
 * what its template shows: {@link PageInputs}); the other pages of one scorecard, its roll-ups
 * ({@code scorecard:<path>}); and each owner's page ({@code owner:<name>}, in the company's frame: its navigation);
 * site-wide pages (owners index, search,
 * 404, what changed) have no group and are always rendered. The inputs of a scorecard's roll-up pages, as the
 * built-in templates use them: the site-wide settings, the scorecard's own content (not its units'), its scores and
 * heatmap, its maps, the names of its ancestors, the name, score, status, coverage and objective count of its direct units,
 * and the objectives linked to its own by "supports" in either direction, with their name and status. Overridden
 * page templates may show anything, so with those every page is rendered (see {@link SiteRenderer}).
 */
final class PageDependencies {

    private final ContentDigest digest;
    private final LinkedStrategy linked;
    private final StatusHistory history;
    private final Map<String, RenderedMap> maps;
    private final String siteWide;

    PageDependencies(ContentDigest digest, LinkedStrategy linked, StatusHistory history, Map<String, RenderedMap> maps,
            String siteWide) {
        this.digest = digest;
        this.linked = linked;
        this.history = history;
        this.maps = maps;
        this.siteWide = siteWide;
    }

    /** The group a page belongs to; empty for the site-wide pages that are always rendered. */
    static Optional<String> groupOf(PageSpec page) {
        if ("owner".equals(page.kind())) {
            return Optional.of("owner:" + page.extras().get("owner"));
        }
        if (page.scorecard() == null || "changes".equals(page.kind())) {
            return Optional.empty();
        }
        if (PageInputs.ELEMENT_KINDS.contains(page.kind())) {
            return Optional.of("page:" + page.path());
        }
        return Optional.of("scorecard:" + page.scorecard().getScorecard().path());
    }

    /**
     * The digest of every group of these pages, computed in parallel; keys in a stable order. A scorecard's
     * roll-up pages share the digest of the whole scorecard; each element page has its own (see {@link PageInputs}).
     */
    Map<String, String> digests(List<PageSpec> pages) {
        Map<String, PageSpec> firstOfGroup = new LinkedHashMap<>();
        Map<ScorecardView, Boolean> views = new LinkedHashMap<>();
        for (PageSpec page : pages) {
            groupOf(page).ifPresent(group -> firstOfGroup.putIfAbsent(group, page));
            if (page.scorecard() != null && PageInputs.ELEMENT_KINDS.contains(page.kind())) {
                views.put(page.scorecard(), true);
            }
        }
        PageInputs inputs = new PageInputs(digest);
        List<ScorecardView> cards = new ArrayList<>(views.keySet());
        List<String> frameDigests = cards.parallelStream().map(v -> inputs.frame(siteWide, v)).toList();
        Map<ScorecardView, String> frames = new java.util.IdentityHashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            frames.put(cards.get(i), frameDigests.get(i));
        }
        // owner pages have no scorecard: lib.ftlh shows them in the company's frame (its navigation leaves out the
        // company's empty sections)
        String companyFrame = inputs.frame(siteWide, new ScorecardView(linked, linked.strategy().company()));
        List<Map.Entry<String, PageSpec>> groups = new ArrayList<>(firstOfGroup.entrySet());
        List<String> digests = groups.parallelStream().map(e -> e.getKey().startsWith("page:")
                ? inputs.of(frames.get(e.getValue().scorecard()), e.getValue()) : digestOf(e.getValue(), companyFrame)).toList();
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            result.put(groups.get(i).getKey(), digests.get(i));
        }
        return result;
    }

    /**
     * What pages show of an objective in another scorecard (objective.ftlh's "supports" lists): its unit's name, its
     * page, its name and status; not its text or score. A unit measurement moves the company objectives' scores a
     * little, and an edit of a company objective's text changes nothing a unit shows; if either re-rendered every
     * unit's pages, no edit would be small (at 10k pages a company objective's text re-rendered 9,575 pages).
     */
    static List<Object> shown(List<LinkedObjective> links) {
        return links.stream().map(l -> (Object) List.of(l.unitName(), l.path(), l.objective().id(), l.objective().name(),
                l.result().status())).toList();
    }

    private String digestOf(PageSpec page, String companyFrame) {
        if ("owner".equals(page.kind())) {
            List<List<Object>> items = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Owners.Item> owned = (List<Owners.Item>) page.extras().get("items");
            for (Owners.Item item : owned) {
                items.add(List.of(item.kind(), item.scorecard().directory(), item.scorecard().info().name(), item.id(),
                        item.name()));
            }
            return digest.of(companyFrame, page.path(), page.extras().get("owner"), items);
        }
        ScorecardView view = page.scorecard();
        Scorecard s = view.getScorecard();
        StrategyScores scores = linked.scores();
        List<Object> ancestors = new ArrayList<>();
        for (ScorecardView a : view.getAncestors()) {
            ancestors.add(List.of(a.getScorecard().path(), a.getName()));
        }
        List<Object> units = new ArrayList<>();
        for (Scorecard unit : s.units()) {
            // all a unit's card shows: name, status, score and its coverage (how many of its measures have data), objectives
            units.add(List.of(unit.path(), unit.info().name(), scores.of(unit).status(),
                    scores.of(unit).score(), scores.of(unit).coverage(), unit.objectives().size()));
        }
        List<Object> links = new ArrayList<>();
        for (Objective o : s.objectives()) {
            links.add(shown(linked.supportersOf(new ObjectiveKey(s.path(), o.id()))));
            links.add(shown(view.supportedBy(o)));
        }
        String mapPrefix = SitePaths.map(s, "");
        List<RenderedMap> ownMaps = maps.entrySet().stream()
                .filter(e -> e.getKey().startsWith(mapPrefix) && e.getKey().indexOf('/', mapPrefix.length()) < 0)
                .map(Map.Entry::getValue).sorted(Comparator.comparing(RenderedMap::sitePathWithoutExtension)).toList();
        return digest.of(siteWide, s.path(), s.directory(), s.info(), s.perspectives(), s.themes(), s.objectives(),
                s.measures(), s.measurements(), s.initiatives(), s.okrs(), s.reviews(), s.unreadable(),
                scores.of(s), history.of(s), ancestors, units, links, ownMaps);
    }
}
