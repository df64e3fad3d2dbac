package dev.bscportal.core.site;

import dev.bscportal.core.presentation.ThemeColours;
import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.KeyResult;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.ObjectiveKey;
import dev.bscportal.core.model.Okr;
import dev.bscportal.core.model.OkrSet;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Review;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.model.Theme;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.score.ObjectiveResult;
import dev.bscportal.core.score.ScorecardScores;
import dev.bscportal.core.score.Status;
import dev.bscportal.core.score.StrategyScores;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scorecard as the templates see it: its elements, their scores, and the relations between them
 * (what drives what, which measures track an objective, which initiatives and unit objectives support it).
 * Paths returned are from the site root; templates turn them into relative links with {@code page.to(...)}.
 */
public final class ScorecardView extends ScorecardPages {

    private final LinkedStrategy linked;
    private final Strategy strategy;
    private final Scorecard scorecard;
    private final StrategyScores allScores;
    private final ScorecardScores scores;
    private final ScorecardIndex index;

    /** Above this many objectives the home page links the map and lists perspectives instead of drawing it. */
    public static final int HOME_MAP_LIMIT = 300;
    /** The home page shows at most this many measures that need attention, then links the scorecard. */
    public static final int HOME_ATTENTION_LIMIT = 50;

    ScorecardView(LinkedStrategy linked, Scorecard scorecard) {
        super(scorecard);
        this.linked = linked;
        this.strategy = linked.strategy();
        this.scorecard = scorecard;
        this.allScores = linked.scores();
        this.scores = allScores.of(scorecard);
        this.index = new ScorecardIndex(scorecard);
    }

    public Scorecard getScorecard() {
        return scorecard;
    }

    public ScorecardScores getScores() {
        return scores;
    }

    public String getName() {
        return scorecard.info().name();
    }

    public boolean isCompany() {
        return scorecard.isCompany();
    }

    public Optional<Period> getAsOf() {
        return scores.asOf();
    }

    /** Parent scorecards from the company down to (excluding) this one, for breadcrumbs. */
    public List<ScorecardView> getAncestors() {
        List<ScorecardView> chain = new ArrayList<>();
        Optional<Scorecard> parent = strategy.parentOf(scorecard);
        while (parent.isPresent()) {
            chain.add(0, new ScorecardView(linked, parent.get()));
            parent = strategy.parentOf(parent.get());
        }
        return chain;
    }

    public List<ScorecardView> getUnits() {
        return scorecard.units().stream().map(u -> new ScorecardView(linked, u)).toList();
    }

    public List<Perspective> getPerspectives() {
        return scorecard.perspectives();
    }

    public List<Theme> getThemes() {
        return scorecard.themes();
    }

    public List<Objective> objectivesIn(String perspectiveId) {
        return index.objectivesIn(perspectiveId);
    }

    /**
     * The objectives of a perspective that are among {@code objectives}, in the scorecard's order: one pass
     * with a set (the map text's {@code ?seq_contains} compared every pair by the records' text, quadratic).
     */
    public List<Objective> objectivesIn(String perspectiveId, List<Objective> objectives) {
        return index.objectivesIn(perspectiveId, objectives);
    }

    /** Whether the scorecard has too many objectives to draw its map on the home page. */
    public boolean isLargeMap() {
        return scorecard.objectives().size() > HOME_MAP_LIMIT;
    }

    public List<Objective> objectivesOfTheme(String themeId) {
        return scorecard.objectives().stream().filter(o -> o.themes().contains(themeId)).toList();
    }

    public Optional<Perspective> perspectiveOf(Objective objective) {
        return scorecard.perspective(objective.perspective());
    }

    public List<Theme> themesOf(Objective objective) {
        return objective.themes().stream().map(scorecard::theme).flatMap(Optional::stream).toList();
    }

    public List<Measure> measuresOf(String objectiveId) {
        return index.measuresOf(objectiveId);
    }

    public List<Objective> objectivesOfMeasure(Measure measure) {
        return index.objectivesOfMeasure(measure);
    }

    /** Objectives this one drives (its arrows out). */
    public List<Objective> effectsOf(Objective objective) {
        return index.effectsOf(objective);
    }

    /** Objectives that drive this one (arrows in). */
    public List<Objective> driversOf(String objectiveId) {
        return index.driversOf(objectiveId);
    }

    public List<Initiative> initiativesFor(String objectiveId) {
        return index.initiativesFor(objectiveId);
    }

    public List<Initiative> initiativesForMeasure(String measureId) {
        return scorecard.initiatives().stream().filter(i -> i.measures().contains(measureId)).toList();
    }

    public List<Initiative> getInitiatives() {
        return scorecard.initiatives();
    }

    /** OKRs that support an objective, newest quarter first. */
    public List<Okr> okrsFor(String objectiveId) {
        List<Okr> result = new ArrayList<>();
        for (OkrSet set : getOkrSets()) {
            set.okrs().stream().filter(o -> o.supports().contains(objectiveId)).forEach(result::add);
        }
        return result;
    }

    public Period periodOf(Okr okr) {
        return scorecard.okrs().stream().filter(s -> s.okrs().contains(okr)).findFirst().orElseThrow().period();
    }

    /** OKR sets, newest quarter first. */
    public List<OkrSet> getOkrSets() {
        return scorecard.okrs().stream().sorted(Comparator.comparing(OkrSet::period).reversed()).toList();
    }

    public KeyResultView keyResult(OkrSet set, KeyResult kr) {
        return KeyResultProgress.of(set, kr, scorecard, scores);
    }

    /** Reviews, newest first. */
    public List<Review> getReviews() {
        return scorecard.reviews().stream().sorted(Comparator.comparing(Review::period).reversed()).toList();
    }

    public Optional<Review> getLatestReview() {
        return getReviews().stream().findFirst();
    }

    public List<Commentary> commentaryOn(String objectiveId) {
        return getReviews().stream().filter(r -> r.commentary().containsKey(objectiveId))
                .map(r -> new Commentary(r, r.commentary().get(objectiveId))).toList();
    }

    /** Unit objectives (anywhere below) that support this objective. */
    public List<LinkedObjective> supportersOf(String objectiveId) {
        return linked.supportersOf(new ObjectiveKey(scorecard.path(), objectiveId));
    }

    /** Parent objectives this unit objective supports (resolved; unknown references are skipped). */
    public List<LinkedObjective> supportedBy(Objective objective) {
        return linked.supportedBy(scorecard, objective);
    }

    public MeasureResult measureResult(String id) {
        return scores.measure(id);
    }

    public ObjectiveResult objectiveResult(String id) {
        return scores.objective(id);
    }

    /** Off-target measures with no active initiative, stale measures, measures without data, overdue milestones. */
    public NeedsAttention getNeedsAttention() {
        return NeedsAttention.of(scorecard, scores);
    }

    /** The first {@link #HOME_ATTENTION_LIMIT} of each list of {@link #getNeedsAttention()}: what the home page lists. */
    public NeedsAttention getNeedsAttentionFirst() {
        return getNeedsAttention().first(HOME_ATTENTION_LIMIT);
    }

    /** True when at least one measure of this scorecard (or of a unit beneath it) has a score. */
    public boolean isHasData() {
        return !scores.coverage().empty()
                || scorecard.measures().stream().anyMatch(m -> scores.measure(m.id()).score().isPresent());
    }

    /** Sections that have content: empty ones are left out of the navigation (their page says why it is empty). */
    public boolean isHasInitiatives() {
        return !scorecard.initiatives().isEmpty();
    }

    public boolean isHasOkrs() {
        return scorecard.okrs().stream().anyMatch(set -> !set.okrs().isEmpty());
    }

    public boolean isHasReviews() {
        return !scorecard.reviews().isEmpty();
    }

    /** Counts of measures by status across the scorecard. */
    public Map<Status, Integer> getStatusCounts() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        scorecard.measures().forEach(m -> counts.merge(scores.measure(m.id()).status(), 1, Integer::sum));
        return counts;
    }

    /** How many measures of a perspective are in a status. */
    public int count(String perspectiveId, Status status) {
        return scores.perspective(perspectiveId).map(p -> p.measureCounts().getOrDefault(status, 0)).orElse(0);
    }

    /** A theme's colour as declared (#rgb, #rrggbb or a name), else its palette colour: it goes into a style attribute. */
    public String themeColour(Theme theme) {
        return ThemeColours.of(scorecard.themes()).css(theme.id());
    }

    public List<Status> getStatuses() {
        return List.of(Status.values());
    }
}
