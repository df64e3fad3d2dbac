package dev.bscportal.core.site;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Okr;
import dev.bscportal.core.model.Review;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one element page of a scorecard shows, as the values its built-in template receives: an objective, measure,
 * initiative or review page. Each value is taken through the same {@link ScorecardView} method the template calls,
 * so the key is what the page shows rather than a guess at it. A page whose key is unchanged is kept; anything a
 * page shows that is missing here would leave it stale, which is why {@code IncrementalRenderTest} compares
 * incremental builds with full ones byte for byte over many kinds of edits.
 *
 * <p>Every page also shows the frame of {@code lib.ftlh}: the site-wide values (in {@code siteWide}), the
 * scorecard's path and name, its ancestors' names and which sections it has (the navigation).
 */
final class PageInputs {

    /** The kinds of page keyed by their own inputs; the scorecard's other pages are keyed by the whole scorecard. */
    static final Set<String> ELEMENT_KINDS = Set.of("objective", "measure", "initiative", "review");

    private final ContentDigest digest;

    PageInputs(ContentDigest digest) {
        this.digest = digest;
    }

    /** The frame every page of {@code view} shows around its content (see lib.ftlh's layout). */
    String frame(String siteWide, ScorecardView view) {
        Scorecard s = view.getScorecard();
        List<Object> ancestors = new ArrayList<>();
        for (ScorecardView a : view.getAncestors()) {
            ancestors.add(List.of(a.getScorecard().path(), a.getName()));
        }
        return digest.of(siteWide, s.path(), s.directory(), view.getName(), view.isCompany(), ancestors,
                view.isHasInitiatives(), view.isHasOkrs(), view.isHasReviews());
    }

    /** The digest of an element page: its frame, the page itself and what its template shows. */
    String of(String frame, PageSpec page) {
        ScorecardView view = page.scorecard();
        Map<String, Object> extras = page.extras();
        Object shown = switch (page.kind()) {
            case "objective" -> objective(view, (Objective) extras.get("objective"));
            case "measure" -> measure(view, (Measure) extras.get("measure"));
            case "initiative" -> initiative(view, (Initiative) extras.get("initiative"));
            case "review" -> review(view, (Review) extras.get("review"));
            default -> throw new IllegalArgumentException("not an element page: " + page.kind());
        };
        return digest.of(frame, page.path(), page.template(), page.title(), page.kind(), shown);
    }

    /** objective.ftlh: the objective, its result, perspective, themes, measures, arrows, links, initiatives, OKRs, commentary. */
    private static List<Object> objective(ScorecardView view, Objective o) {
        List<Object> themes = new ArrayList<>();
        for (Theme th : view.themesOf(o)) {
            themes.add(List.of(th, view.themeColour(th)));
        }
        List<Object> measures = new ArrayList<>();
        for (Measure m : view.measuresOf(o.id())) {
            measures.add(List.of(m, view.measureResult(m.id())));
        }
        List<Object> okrs = new ArrayList<>();
        for (Okr k : view.okrsFor(o.id())) {
            okrs.add(List.of(k, view.periodOf(k)));
        }
        return List.of(o, view.objectiveResult(o.id()), view.perspectiveOf(o), themes, measures,
                briefs(view, view.effectsOf(o)), briefs(view, view.driversOf(o.id())),
                PageDependencies.shown(view.supportedBy(o)), PageDependencies.shown(view.supportersOf(o.id())),
                view.initiativesFor(o.id()), okrs, view.commentaryOn(o.id()));
    }

    /** measure.ftlh: the measure, its result, its measurements (their notes), its objectives' names, its initiatives. */
    private static List<Object> measure(ScorecardView view, Measure m) {
        List<Object> objectives = new ArrayList<>();
        for (Objective o : view.objectivesOfMeasure(m)) {
            objectives.add(List.of(o.id(), o.name()));
        }
        List<Object> initiatives = new ArrayList<>();
        for (Initiative i : view.initiativesForMeasure(m.id())) {
            initiatives.add(List.of(i.id(), i.name(), i.status()));
        }
        return List.of(m, view.measureResult(m.id()), view.getScorecard().measurementsOf(m.id()), objectives, initiatives);
    }

    /** initiative.ftlh: the initiative, and the name and status of each objective and measure it names. */
    private static List<Object> initiative(ScorecardView view, Initiative i) {
        Scorecard s = view.getScorecard();
        List<Object> linked = new ArrayList<>();
        for (String oid : i.objectives()) {
            linked.add(s.objective(oid).map(o -> (Object) List.of(o.name(), view.objectiveResult(oid).status())).orElse("-"));
        }
        for (String mid : i.measures()) {
            linked.add(s.measure(mid).map(m -> (Object) List.of(m.name(), view.measureResult(mid).status())).orElse("-"));
        }
        return List.of(i, linked);
    }

    /** review.ftlh: the review, and the name and status of each objective its commentary names. */
    private static List<Object> review(ScorecardView view, Review r) {
        Scorecard s = view.getScorecard();
        List<Object> named = new ArrayList<>();
        for (String oid : new ArrayList<>(r.commentary().keySet())) { // in the order the page lists them
            named.add(List.of(oid, s.objective(oid).map(o -> (Object) List.of(o.name(), view.objectiveResult(oid).status())).orElse("-")));
        }
        return List.of(r, named);
    }

    /** An objective as a link with its status chip: id, name, status. */
    private static List<Object> briefs(ScorecardView view, List<Objective> objectives) {
        return objectives.stream().map(o -> (Object) List.of(o.id(), o.name(), view.objectiveResult(o.id()).status())).toList();
    }
}
