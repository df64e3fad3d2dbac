package dev.bscportal.core.preview;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.render.PreviousSite;
import dev.bscportal.core.render.RenderException;
import dev.bscportal.core.render.RenderReport;
import dev.bscportal.core.render.SiteOptions;
import dev.bscportal.core.render.SiteRenderer;
import dev.bscportal.core.render.map.MapLayout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One preview build: check the strategy, and when it has no error render a complete site into a new folder
 * under the scratch directory. The map cache makes unchanged maps free, so a rebuild costs the page rendering.
 */
public final class PreviewBuild {

    /** A finished build: the new site, or the problems that stopped it (warnings are listed either way). */
    public record Outcome(Optional<Path> site, List<Problem> problems, long millis) {

        public boolean succeeded() {
            return site.isPresent();
        }
    }

    private final Path strategy;
    private final Path scratch;
    private final CheckOptions checkOptions;
    private final SiteOptions siteOptions;
    private final Optional<MapLayout> layout;
    private final boolean parallelMaps;
    private int generation;

    public PreviewBuild(Path strategy, Path scratch, CheckOptions checkOptions, SiteOptions siteOptions,
            Optional<MapLayout> layout, boolean parallelMaps) {
        this.strategy = strategy;
        this.scratch = scratch;
        this.checkOptions = checkOptions;
        this.siteOptions = siteOptions;
        this.layout = layout;
        this.parallelMaps = parallelMaps;
    }

    public Path strategyDirectory() {
        return strategy;
    }

    public Optional<Path> templateDirectory() {
        return siteOptions.templateOverrides();
    }

    /** What earlier builds read: an edit re-reads only the files it changed. */
    private final dev.bscportal.core.load.ParsedFiles parsed = new dev.bscportal.core.load.ParsedFiles();

    /** The last site built and its page digests: the next build keeps its unchanged pages (hard links). */
    private Optional<PreviousSite> lastSite = Optional.empty();

    /** Builds once; never throws for anything found in the strategy or templates. */
    public synchronized Outcome run() {
        long start = System.nanoTime();
        CheckResult checked = new StrategyChecker(checkOptions, parsed).check(strategy);
        if (checked.failsBuild()) {
            return new Outcome(Optional.empty(), checked.problems(), elapsed(start));
        }
        try {
            Path site = scratch.resolve("site-" + (++generation));
            Files.createDirectories(site);
            RenderReport report = new SiteRenderer(siteOptions, layout, parallelMaps).render(
                    checked.strategy().orElseThrow(), checked.scores().orElseThrow(), Optional.empty(), site, n -> { },
                    lastSite.filter(previous -> Files.isDirectory(previous.directory())));
            lastSite = Optional.of(new PreviousSite(site, report.pageDigests()));
            return new Outcome(Optional.of(site), checked.problems(), elapsed(start));
        } catch (RenderException | IOException | RuntimeException e) {
            Problem failure = Problem.of(dev.bscportal.core.problem.ProblemCode.UNREADABLE_FILE,
                    dev.bscportal.core.problem.SourcePosition.NONE, "The site could not be rendered: " + e.getMessage());
            List<Problem> all = new java.util.ArrayList<>(checked.problems());
            all.add(0, failure);
            return new Outcome(Optional.empty(), all, elapsed(start));
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
