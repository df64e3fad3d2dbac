package dev.bscportal.core.build;

import dev.bscportal.core.problem.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a build did. {@code upToDate}: nothing was read or written because no input changed; then
 * {@code repeatedWarnings} are the last build's warnings and the counts are zero. Otherwise {@code problems} are the
 * check's warnings, the page and map counts are those of the full site ({@code mapsCached}: drawn through the layout cache, which
 * counts maps laid out and maps taken from it), and {@code editions} the directories
 * published (the full site first).
 */
public record BuildResult(
        boolean upToDate,
        List<Problem> problems,
        List<String> repeatedWarnings,
        int pages,
        int pagesKept,
        int maps,
        boolean mapsCached,
        int mapsLaidOut,
        int mapsFromCache,
        List<Path> editions,
        Timings timings) {

    /** Milliseconds spent in each step. */
    public record Timings(long checkMillis, long changesMillis, long renderMillis, long editionsMillis, long totalMillis) {
    }

    public BuildResult {
        problems = List.copyOf(problems);
        repeatedWarnings = List.copyOf(repeatedWarnings);
        editions = List.copyOf(editions);
    }

    /** Pages rendered anew (the others were kept from the site published before). */
    public int pagesRendered() {
        return pages - pagesKept;
    }

    public int warnings() {
        return upToDate ? repeatedWarnings.size() : problems.size();
    }

    /** The line a build log ends with, e.g. "Strategy site: 40 pages, 5 maps (5 laid out, 0 from cache), 1 warning(s) in 2.1 s -> ...". */
    public String summary(Path output) {
        if (upToDate) {
            return "Strategy site is up to date (no strategy, template or setting changed) -> " + output;
        }
        String kept = pagesKept > 0 ? String.format(Locale.ROOT, " (%d rendered, %d unchanged kept)", pagesRendered(), pagesKept) : "";
        String laidOut = mapsCached
                ? String.format(Locale.ROOT, " (%d laid out, %d from cache)", mapsLaidOut, mapsFromCache) : "";
        return String.format(Locale.ROOT, "Strategy site: %d pages%s, %d maps%s, %d warning(s) in %.1f s -> %s",
                pages, kept, maps, laidOut, warnings(), timings.totalMillis() / 1000.0, output);
    }
}
