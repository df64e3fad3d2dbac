package dev.bscportal.core.site;

import dev.bscportal.core.markdown.Markdown;
import dev.bscportal.core.presentation.SitePaths;
import dev.bscportal.core.history.ChangeReport;
import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Review;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.model.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Decides which pages the site has: the same set for the company and every unit, plus site-wide pages. */
final class PagePlanner {

    private final LinkedStrategy linked;
    private final Strategy strategy;
    private final Labels labels;
    private final Markdown markdown;
    private final Owners owners;

    private final Optional<ChangeReport> changes;

    PagePlanner(LinkedStrategy linked, Labels labels, Markdown markdown, Owners owners,
            Optional<ChangeReport> changes) {
        this.changes = changes;
        this.linked = linked;
        this.strategy = linked.strategy();
        this.labels = labels;
        this.markdown = markdown;
        this.owners = owners;
    }

    List<PageSpec> plan() {
        List<PageSpec> pages = new ArrayList<>();
        for (Scorecard scorecard : strategy.allScorecards()) {
            planScorecard(new ScorecardView(linked, scorecard), pages);
        }
        pages.add(new PageSpec(SitePaths.owners(), "owners.ftlh", labels.get("owners.title"), "owners", null,
                Map.of(), "", true));
        for (String name : owners.names()) {
            pages.add(new PageSpec(SitePaths.owner(owners.slug(name)), "owner.ftlh", name, "owner", null,
                    Map.of("owner", name, "items", owners.items(name)), name, true));
        }
        changes.ifPresent(report -> pages.add(new PageSpec(SitePaths.changes(), "changes.ftlh", labels.get("changes.title"),
                "changes", new ScorecardView(linked, strategy.company()), Map.of("report", report),
                String.join(" ", report.changes().stream().map(c -> c.name()).toList()), true)));
        pages.add(new PageSpec(SitePaths.search(), "search.ftlh", labels.get("search.title"), "search", null,
                Map.of(), "", false));
        pages.add(new PageSpec("404.html", "404.ftlh", labels.get("notfound.title"), "notfound", null,
                Map.of(), "", false));
        return pages;
    }

    private void planScorecard(ScorecardView sc, List<PageSpec> pages) {
        Scorecard s = sc.getScorecard();
        String name = s.info().name();
        pages.add(new PageSpec(SitePaths.home(s), "home.ftlh", name, "home", sc, Map.of(),
                join(name, markdown.toPlainText(s.info().mission()), markdown.toPlainText(s.info().vision()),
                        String.join(" ", s.info().values())), true));
        pages.add(new PageSpec(SitePaths.scorecard(s), "scorecard.ftlh", labels.format("scorecard.title", name),
                "scorecard", sc, Map.of(), name, true));
        for (Perspective p : s.perspectives()) {
            pages.add(new PageSpec(SitePaths.perspective(s, p.id()), "perspective.ftlh", p.name(), "perspective", sc,
                    Map.of("perspective", p), join(p.name(), p.question()), true));
        }
        for (Theme t : s.themes()) {
            pages.add(new PageSpec(SitePaths.theme(s, t.id()), "theme.ftlh", t.name(), "theme", sc,
                    Map.of("theme", t), join(t.name(), t.description()), true));
        }
        for (Objective o : s.objectives()) {
            pages.add(new PageSpec(SitePaths.objective(s, o.id()), "objective.ftlh", o.name(), "objective", sc,
                    Map.of("objective", o), join(o.name(), o.owner(), markdown.toPlainText(o.body()),
                            words(sc.commentaryOn(o.id()).stream().map(Commentary::text))), true));
        }
        for (Measure m : s.measures()) {
            pages.add(new PageSpec(SitePaths.measure(s, m.id()), "measure.ftlh", m.name(), "measure", sc,
                    Map.of("measure", m), join(m.name(), markdown.toPlainText(m.description()), m.owner(), m.formula(),
                            m.calculation().map(c -> c.expression()).orElse(""), m.dataSource(), words(s.measurementsOf(m.id()).stream().map(x -> x.note()))), true));
        }
        pages.add(new PageSpec(SitePaths.initiatives(s), "initiatives.ftlh", labels.format("initiatives.title", name),
                "initiatives", sc, Map.of(), "", true));
        for (Initiative i : s.initiatives()) {
            pages.add(new PageSpec(SitePaths.initiative(s, i.id()), "initiative.ftlh", i.name(), "initiative", sc,
                    Map.of("initiative", i), join(i.name(), i.owner(), i.sponsor(), markdown.toPlainText(i.body()),
                            words(i.milestones().stream().map(ms -> ms.name()))), true));
        }
        pages.add(new PageSpec(SitePaths.okrs(s), "okrs.ftlh", labels.format("okrs.title", name), "okrs", sc, Map.of(),
                join(s.okrs().stream().flatMap(set -> set.okrs().stream())
                        .map(o -> o.name() + " " + String.join(" ", o.keyResults().stream().map(k -> k.name()).toList()))
                        .toArray(String[]::new)), true));
        pages.add(new PageSpec(SitePaths.reviews(s), "reviews.ftlh", labels.format("reviews.title", name), "reviews", sc,
                Map.of(), "", true));
        for (Review r : s.reviews()) {
            pages.add(new PageSpec(SitePaths.review(s, r.period()), "review.ftlh",
                    labels.format("review.title", r.period().toString()), "review", sc, Map.of("review", r),
                    join(String.join(" ", r.attendees()), String.join(" ", r.decisions()),
                            words(r.commentary().values().stream()), markdown.toPlainText(r.body())), true));
        }
    }

    /** Texts of a list, as one text for the index (empty ones left out). */
    private static String words(Stream<String> texts) {
        return join(texts.toArray(String[]::new));
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(p.trim());
            }
        }
        return sb.toString();
    }
}
