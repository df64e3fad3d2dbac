package dev.bscportal.core.site;

import dev.bscportal.core.presentation.SitePaths;
import dev.bscportal.core.presentation.ThemeColours;
import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.InitiativeStatus;
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
import dev.bscportal.core.score.Assessment;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.score.ObjectiveResult;
import dev.bscportal.core.score.ScorecardScores;
import dev.bscportal.core.score.Status;
import dev.bscportal.core.score.StrategyScores;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One scorecard as the templates see it: its elements, their scores, and the relations between them
 * (what drives what, which measures track an objective, which initiatives and unit objectives support it).
 * Paths returned are from the site root; templates turn them into relative links with {@code page.to(...)}.
 */
public final class ScorecardView {

    /** A unit objective supporting one of ours, or a parent objective one of ours supports. */
    public record LinkedObjective(String unitName, String path, Objective objective, ObjectiveResult result) {
    }

    /** A key result with its progress 0..100 (current taken from the measure when not written). */
    public record KeyResultView(KeyResult keyResult, OptionalDouble current, OptionalDouble progress) {
    }

    /** Review commentary on an objective. */
    public record Commentary(Review review, String text) {
    }


    private final LinkedStrategy linked;
    private final Strategy strategy;
    private final Scorecard scorecard;
    private final StrategyScores allScores;
    private final ScorecardScores scores;
    /** Lookups by id, built on first use (once per scorecard's view; a race builds the same value twice). */
    private volatile Indexes indexes;

    /** Above this many objectives the home page links the map and lists perspectives instead of drawing it. */
    public static final int HOME_MAP_LIMIT = 300;
    /** The home page shows at most this many measures that need attention, then links the scorecard. */
    public static final int HOME_ATTENTION_LIMIT = 50;

    /** The scorecard's objectives by id, by perspective and by what drives them; its measures by objective. */
    private record Indexes(Map<String, Objective> objectives, Map<String, List<Objective>> byPerspective,
            Map<String, List<Objective>> drivers, Map<String, List<Measure>> measures) {

        static Indexes of(Scorecard scorecard) {
            Map<String, Objective> objectives = new HashMap<>();
            Map<String, List<Objective>> byPerspective = new HashMap<>();
            Map<String, List<Objective>> drivers = new HashMap<>();
            for (Objective o : scorecard.objectives()) {
                objectives.putIfAbsent(o.id(), o);
                byPerspective.computeIfAbsent(o.perspective(), k -> new ArrayList<>()).add(o);
                for (String effect : new LinkedHashSet<>(o.drives())) {
                    drivers.computeIfAbsent(effect, k -> new ArrayList<>()).add(o);
                }
            }
            Map<String, List<Measure>> measures = new HashMap<>();
            for (Measure m : scorecard.measures()) {
                m.objectives().stream().map(l -> l.objective()).distinct()
                        .forEach(id -> measures.computeIfAbsent(id, k -> new ArrayList<>()).add(m));
            }
            return new Indexes(objectives, byPerspective, drivers, measures);
        }
    }

    private Indexes indexes() {
        Indexes built = indexes;
        if (built == null) {
            built = Indexes.of(scorecard);
            indexes = built;
        }
        return built;
    }

    ScorecardView(LinkedStrategy linked, Scorecard scorecard) {
        this.linked = linked;
        this.strategy = linked.strategy();
        this.scorecard = scorecard;
        this.allScores = linked.scores();
        this.scores = allScores.of(scorecard);
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

    public String getHomePath() {
        return SitePaths.home(scorecard);
    }

    public String getBookPath() {
        return SitePaths.book(scorecard);
    }

    public String getScorecardPath() {
        return SitePaths.scorecard(scorecard);
    }

    public String getInitiativesPath() {
        return SitePaths.initiatives(scorecard);
    }

    public String getOkrsPath() {
        return SitePaths.okrs(scorecard);
    }

    public String getReviewsPath() {
        return SitePaths.reviews(scorecard);
    }

    public String objectivePath(String id) {
        return SitePaths.objective(scorecard, id);
    }

    public String measurePath(String id) {
        return SitePaths.measure(scorecard, id);
    }

    public String perspectivePath(String id) {
        return SitePaths.perspective(scorecard, id);
    }

    public String themePath(String id) {
        return SitePaths.theme(scorecard, id);
    }

    public String initiativePath(String id) {
        return SitePaths.initiative(scorecard, id);
    }

    public String reviewPath(Review review) {
        return SitePaths.review(scorecard, review.period());
    }

    public String mapPath(String name) {
        return SitePaths.map(scorecard, name);
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
        return List.copyOf(indexes().byPerspective().getOrDefault(perspectiveId, List.of()));
    }

    /**
     * The objectives of a perspective that are among {@code objectives}, in the scorecard's order: one pass
     * with a set (the map text's {@code ?seq_contains} compared every pair by the records' text, quadratic).
     */
    public List<Objective> objectivesIn(String perspectiveId, List<Objective> objectives) {
        Set<String> among = new HashSet<>();
        objectives.forEach(o -> among.add(o.id()));
        return indexes().byPerspective().getOrDefault(perspectiveId, List.of()).stream()
                .filter(o -> among.contains(o.id())).toList();
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
        return List.copyOf(indexes().measures().getOrDefault(objectiveId, List.of()));
    }

    public List<Objective> objectivesOfMeasure(Measure measure) {
        Map<String, Objective> byId = indexes().objectives();
        return measure.objectives().stream().map(l -> byId.get(l.objective())).filter(Objects::nonNull).toList();
    }

    /** Objectives this one drives (its arrows out). */
    public List<Objective> effectsOf(Objective objective) {
        Map<String, Objective> byId = indexes().objectives();
        return objective.drives().stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Objectives that drive this one (arrows in). */
    public List<Objective> driversOf(String objectiveId) {
        return List.copyOf(indexes().drivers().getOrDefault(objectiveId, List.of()));
    }

    public List<Initiative> initiativesFor(String objectiveId) {
        Set<String> measureIds = new HashSet<>();
        measuresOf(objectiveId).forEach(m -> measureIds.add(m.id()));
        return scorecard.initiatives().stream().filter(i -> i.objectives().contains(objectiveId)
                || i.measures().stream().anyMatch(measureIds::contains)).toList();
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
        OptionalDouble current = kr.current();
        if (current.isEmpty() && kr.measure().isPresent() && scorecard.measure(kr.measure().get()).isPresent()) {
            Optional<Assessment> inQuarter = scores.measure(kr.measure().get()).at(set.period());
            if (inQuarter.isPresent() && Double.isFinite(inQuarter.get().actual()) && !inQuarter.get().period().endDate().isBefore(set.period().startDate())) {
                current = OptionalDouble.of(inQuarter.get().actual());
            }
        }
        OptionalDouble progress = OptionalDouble.empty();
        if (current.isPresent() && kr.to() != kr.from()) {
            double p = (current.getAsDouble() - kr.from()) / (kr.to() - kr.from()) * 100;
            progress = OptionalDouble.of(Math.max(0, Math.min(100, p)));
        }
        return new KeyResultView(kr, current, progress);
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
        List<LinkedObjective> result = new ArrayList<>();
        String parent = scorecard.parentPath();
        for (String ref : objective.supports()) {
            ObjectiveKey key = ObjectiveKey.resolve(ref, parent);
            strategy.scorecard(key.unitPath()).ifPresent(s -> s.objective(key.id()).ifPresent(o ->
                    result.add(new LinkedObjective(s.info().name(), SitePaths.objective(s, o.id()), o,
                            allScores.of(s).objective(o.id())))));
        }
        return result;
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
