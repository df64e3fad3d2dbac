import dev.bscportal.core.book.BookSize;
import dev.bscportal.core.build.BuildLog;
import dev.bscportal.core.build.BuildOptions;
import dev.bscportal.core.build.BuildResult;
import dev.bscportal.core.build.MapEngine;
import dev.bscportal.core.build.SiteBuild;
import dev.bscportal.core.options.SiteSettings;
import dev.bscportal.core.site.SiteOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The engine alone, without Maven: the same {@link SiteBuild} pipeline as bsc:build (check, "what changed", render,
 * publish), with the up-to-date skip defeated so that every build does the work.
 *
 * <pre>java EngineBench STRATEGY_DIR SITE_DIR MAP_CACHE_DIR [dot|embedded|none] [builds-in-this-JVM] [book|nobook]</pre>
 *
 * With {@code book}, the briefing books are written into the site as bsc:build does (default: {@code nobook}, the
 * site alone, as before the books existed).
 *
 * With {@code -Dbsc.quickJit=true}, C2 is left out while each build runs, as bsc:build does ({@code QuickJit}).
 * With {@code -Dbench.buildId=ID}, the build id the CI workflow passes ({@code -Dbsc.buildId=$GITHUB_SHA}).
 *
 * Prints one line per build to stderr with the time of each phase; with more than one build the later ones show
 * the engine in a warm JVM (as bsc:serve sees it).
 */
public final class EngineBench {

    public static void main(String[] args) throws Exception {
        Path strategy = Path.of(args[0]);
        Path site = Path.of(args[1]);
        Path cache = Path.of(args[2]);
        String engine = args.length > 3 ? args[3] : "dot";
        int builds = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        boolean books = args.length > 5 && args[5].equals("book");
        BuildOptions options = BuildOptions.builder(strategy, site).baseDirectory(strategy.toAbsolutePath().getParent())
                .mapCacheDirectory(cache).engine(engine).books(books ? BookSize.A4 : null)
                .quickJit(Boolean.getBoolean("bsc.quickJit"))
                .site(new SiteSettings("", "en", Optional.empty(), null, System.getProperty("bench.buildId"), null, null, false))
                .build();
        for (int b = 1; b <= builds; b++) {
            // the bench measures the work a build does, so the record that lets an unchanged build skip it goes
            Files.deleteIfExists(options.workDirectory().resolve("bsc-last-check.txt"));
            SiteBuild build = engine.equals("none")
                    ? new SiteBuild(options, BuildLog.silent(), SiteOptions.defaults(), MapEngine.none())
                    : new SiteBuild(options, BuildLog.silent());
            BuildResult r = build.build();
            BuildResult.Timings t = r.timings();
            System.err.printf(Locale.ROOT, "build %d: check %d ms, changes %d ms, render+publish %d ms, total %d ms; "
                            + "%d pages (%d kept), %d maps (%s)%n", b, t.checkMillis(), t.changesMillis(), t.renderMillis(),
                    t.totalMillis(), r.pages(), r.pagesKept(), r.maps(),
                    r.mapsCached() ? r.mapsLaidOut() + " laid out, " + r.mapsFromCache() + " cached" : "none");
        }
    }
}
