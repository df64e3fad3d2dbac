package dev.bscportal.core.maps;

import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.model.Theme;
import dev.bscportal.core.presentation.SitePaths;
import dev.bscportal.core.score.StrategyScores;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * All maps of a site: per scorecard its strategy map and one map per theme, and the alignment map of
 * units to company objectives when there are units. Layout runs on the given executor when the engine is
 * thread-safe, else one by one.
 */
public final class StrategyMaps {

    private final StrategyMapDot dot;
    private final MapLayout layout;
    private final boolean parallel;
    private final Optional<MapMemo> memo;

    public StrategyMaps(MapText text, MapLayout layout, boolean parallel) {
        this(text, layout, parallel, Optional.empty());
    }

    /** Maps whose engine, path and source are unchanged are taken from {@code memo}. */
    public StrategyMaps(MapText text, MapLayout layout, boolean parallel, Optional<MapMemo> memo) {
        this.dot = new StrategyMapDot(text);
        this.layout = layout;
        this.parallel = parallel;
        this.memo = memo;
    }

    /** The maps keyed by site path without extension, e.g. {@code maps/strategy-map}, {@code units/sales/maps/theme-x}. */
    public Map<String, RenderedMap> render(Strategy strategy, StrategyScores scores, ExecutorService executor)
            throws MapException {
        List<Job> jobs = new ArrayList<>();
        for (Scorecard s : strategy.allScorecards()) {
            String prefix = SitePaths.prefix(s);
            jobs.add(new Job(SitePaths.map(s, "strategy-map"), source(dot.scorecardInputs(s, scores.of(s), prefix))));
            for (Theme theme : s.themes()) {
                jobs.add(new Job(SitePaths.map(s, "theme-" + theme.id()), source(dot.themeInputs(s, scores.of(s), prefix, theme))));
            }
        }
        if (!strategy.company().units().isEmpty()) {
            jobs.add(new Job(SitePaths.map(strategy.company(), "alignment"), dot.alignmentMap(strategy.company(), scores)));
        }
        return run(jobs, executor);
    }

    /**
     * Only the strategy map of each scorecard {@code which} selects (what a briefing book shows), keyed as by
     * {@link #render}: a build that lays out two books does not lay out or clean every map of the strategy.
     */
    public Map<String, RenderedMap> scorecardMaps(Strategy strategy, StrategyScores scores, ExecutorService executor,
            Predicate<Scorecard> which) throws MapException {
        List<Job> jobs = new ArrayList<>();
        for (Scorecard s : strategy.allScorecards()) {
            if (which.test(s)) {
                jobs.add(new Job(SitePaths.map(s, "strategy-map"), source(dot.scorecardInputs(s, scores.of(s), SitePaths.prefix(s)))));
            }
        }
        return run(jobs, executor);
    }

    /** The DOT of a scorecard's map: from the memo when its inputs are unchanged. */
    private MapSource source(MapInputs inputs) {
        return memo.isPresent() ? memo.get().source(inputs, StrategyMapDot::map) : StrategyMapDot.map(inputs);
    }

    private Map<String, RenderedMap> run(List<Job> jobs, ExecutorService executor) throws MapException {
        Map<String, RenderedMap> result = new LinkedHashMap<>();
        if (parallel) {
            List<Future<RenderedMap>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(executor.submit(() -> lay(job)));
            }
            for (int i = 0; i < jobs.size(); i++) {
                result.put(jobs.get(i).path(), get(futures.get(i)));
            }
        } else {
            for (Job job : jobs) {
                result.put(job.path(), lay(job));
            }
        }
        return result;
    }

    private RenderedMap lay(Job job) throws MapException {
        return memo.isPresent() ? memo.get().map(layout.name(), job.path(), job.source(), () -> layOut(job)) : layOut(job);
    }

    private RenderedMap layOut(Job job) throws MapException {
        String svg = layout.layout(job.source().dot());
        if (!layout.checksItsSvg()) {
            LaidOutSvg.require(svg, layout.name(), job.path());
        }
        String name = job.source().subject();
        return new RenderedMap(job.path(), job.source().dot(), MapSvg.clean(svg, name, job.source().titles()));
    }

    private static RenderedMap get(Future<RenderedMap> future) throws MapException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MapException("Interrupted while laying out maps.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MapException r) {
                throw r;
            }
            throw new MapException("Map layout failed: " + e.getCause(), e.getCause());
        }
    }

    private record Job(String path, MapSource source) {
    }
}
