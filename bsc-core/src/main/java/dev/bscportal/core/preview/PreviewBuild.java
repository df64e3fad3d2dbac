package dev.bscportal.core.preview;

import dev.bscportal.core.build.BuildException;
import dev.bscportal.core.build.BuildLog;
import dev.bscportal.core.build.BuildOptions;
import dev.bscportal.core.build.MapEngine;
import dev.bscportal.core.build.SiteBuild;
import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.files.FileTrees;
import dev.bscportal.core.files.PlainPaths;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;
import dev.bscportal.core.site.PreviousSite;
import dev.bscportal.core.site.RenderException;
import dev.bscportal.core.site.RenderReport;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.maps.MapLayout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One preview build: check the strategy through the {@link SiteBuild} pipeline, and when it has no error render a
 * complete site into a new folder under the scratch directory, keeping the pages of the last one that did not change.
 * The map cache makes unchanged maps free, so a rebuild costs the pages an edit touched.
 */
public final class PreviewBuild {

    /** A finished build: the new site, or the problems that stopped it (warnings are listed either way). */
    public record Outcome(Optional<Path> site, List<Problem> problems, long millis) {

        public boolean succeeded() {
            return site.isPresent();
        }
    }

    private final SiteBuild build;
    private final Path scratch;
    private int generation;

    /** The last site built and its page digests: the next build keeps its unchanged pages (hard links). */
    private Optional<PreviousSite> lastSite = Optional.empty();

    /** What the last build kept and rendered. */
    private Optional<RenderReport> lastReport = Optional.empty();

    /** Previews what {@code build} would publish; its map engine is chosen now, so a bad engine setting stops here. */
    public PreviewBuild(SiteBuild build, Path scratch) throws BuildException {
        this.build = build;
        this.scratch = scratch;
        build.engine();
        build.siteOptions();
        Optional<String> refusal = refusal(scratch);
        if (refusal.isPresent()) {
            throw new BuildException(refusal.get());
        }
    }

    /**
     * Why the preview may not use {@code scratch}, if it may not: it deletes and writes {@code site-N} folders there, so
     * the folder must be a plain one of the build's own; a link (to the user's home, say) is never followed.
     */
    static Optional<String> refusal(Path scratch) {
        if (PlainPaths.holdsOtherThanAFolder(scratch)) {
            return Optional.of("The preview folder " + scratch + " is a link or a file, not a folder of the build's own: the preview"
                    + " deletes and writes site folders in it and never follows a link. Remove it (the preview makes the folder),"
                    + " or point the build directory elsewhere.");
        }
        return Optional.empty();
    }

    /** A preview with checked site options and a layout chosen by the caller. */
    public PreviewBuild(Path strategy, Path scratch, CheckOptions checkOptions, SiteOptions siteOptions,
            Optional<MapLayout> layout, boolean parallelMaps) {
        this.build = new SiteBuild(BuildOptions.builder(strategy, scratch.resolve("unpublished")).check(checkOptions)
                .workDirectory(scratch).build(), BuildLog.silent(), siteOptions, new MapEngine(layout, parallelMaps, Optional.empty()));
        this.scratch = scratch;
    }

    public Path strategyDirectory() {
        return build.options().strategyDirectory();
    }

    /**
     * The site {@code bsc:build} last published into the output directory, when there is one (its home page
     * exists): the preview serves it, read only, while its own first build runs.
     */
    public Optional<Path> publishedSite() {
        Path published = build.options().outputDirectory();
        return Files.isRegularFile(published.resolve("index.html")) ? Optional.of(published.toAbsolutePath().normalize()) : Optional.empty();
    }

    public Optional<Path> templateDirectory() {
        try {
            return build.siteOptions().templateOverrides();
        } catch (BuildException e) {
            return Optional.empty();
        }
    }

    /** The page counts of the last successful build. */
    public synchronized Optional<RenderReport> lastReport() {
        return lastReport;
    }

    /** Builds once; never throws for anything found in the strategy or templates. */
    public synchronized Outcome run() {
        long start = System.nanoTime();
        CheckResult checked = build.checkQuietly();
        if (checked.failsBuild()) {
            return new Outcome(Optional.empty(), checked.problems(), elapsed(start));
        }
        Optional<String> refusal = refusal(scratch);
        if (refusal.isPresent()) {
            List<Problem> all = new ArrayList<>(checked.problems());
            all.add(0, Problem.of(ProblemCode.PREVIEW_FOLDER_REFUSED, SourcePosition.NONE, refusal.get()));
            return new Outcome(Optional.empty(), all, elapsed(start));
        }
        try {
            Path site = scratch.resolve("site-" + (++generation));
            // a folder of an earlier session (its deletion was cut short when that preview stopped) is not reused
            FileTrees.deleteQuietly(site);
            Files.createDirectories(site);
            RenderReport report = build.render(checked, site, lastSite.filter(previous -> Files.isDirectory(previous.directory())));
            lastSite = Optional.of(new PreviousSite(site, report.pageDigests()));
            lastReport = Optional.of(report);
            return new Outcome(Optional.of(site), checked.problems(), elapsed(start));
        } catch (BuildException | RenderException | IOException | RuntimeException e) {
            Problem failure = Problem.of(ProblemCode.PREVIEW_NOT_RENDERED, SourcePosition.NONE,
                    "The site could not be rendered: " + e.getMessage());
            List<Problem> all = new ArrayList<>(checked.problems());
            all.add(0, failure);
            return new Outcome(Optional.empty(), all, elapsed(start));
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
