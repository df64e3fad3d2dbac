import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.history.ChangeReport;
import dev.bscportal.core.history.GitBaseline;
import dev.bscportal.core.publish.SitePublisher;
import dev.bscportal.core.render.PreviousSite;
import dev.bscportal.core.render.RenderReport;
import dev.bscportal.core.render.SiteOptions;
import dev.bscportal.core.render.SiteRenderer;
import dev.bscportal.core.render.map.CachingLayout;
import dev.bscportal.core.render.map.MapLayout;
import dev.bscportal.core.render.map.NativeDotLayout;
import dev.bscportal.core.render.map.WasmLayout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine alone, without Maven: check, "what changed", render and publish, as BuildMojo does them (no
 * fingerprint skip, no audiences).
 *
 * <pre>java EngineBench STRATEGY_DIR SITE_DIR MAP_CACHE_DIR [dot|embedded|none] [builds-in-this-JVM] [book|nobook]</pre>
 *
 * With {@code book}, the briefing books are written into the site as BuildMojo does (default: {@code nobook}, the
 * site alone, as before the books existed).
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
        Path scratch = cache.resolveSibling("bsc-history");
        Files.createDirectories(scratch);
        for (int b = 1; b <= builds; b++) {
            long t0 = System.nanoTime();
            dev.bscportal.core.load.ParsedFiles parsed = new dev.bscportal.core.load.ParsedFiles();
            CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS, parsed).check(strategy);
            if (checked.failsBuild()) {
                System.err.println(checked.errors().size() + " error(s), e.g. " + checked.errors().get(0));
                System.exit(1);
            }
            long t1 = System.nanoTime();
            Optional<ChangeReport> changes = GitBaseline.report(strategy, Optional.empty(), checked.strategy().orElseThrow(),
                    checked.scores().orElseThrow(), scratch, parsed);
            long t2 = System.nanoTime();
            Optional<MapLayout> layout = switch (engine) {
                case "dot" -> NativeDotLayout.onPath().map(d -> new CachingLayout(d, cache));
                case "embedded" -> Optional.of(new CachingLayout(new WasmLayout(), cache));
                default -> Optional.empty();
            };
            SitePublisher publisher = new SitePublisher(site);
            List<Path> protectedDirs = List.of(strategy);
            publisher.checkSafe(protectedDirs);
            AtomicReference<RenderReport> report = new AtomicReference<>();
            AtomicReference<String> bookLine = new AtomicReference<>("");
            SiteOptions options = SiteOptions.defaults().withBook(books);
            Optional<PreviousSite> previous = publisher.state().recorded(PreviousSite.RECORD)
                    .map(digests -> new PreviousSite(publisher.output(), digests));
            publisher.publish(protectedDirs, staging -> {
                report.set(new SiteRenderer(options, layout, true)
                        .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), changes, staging, n -> { },
                                previous));
                if (books) {
                    long b0 = System.nanoTime();
                    Optional<MapLayout> bookLayout = switch (engine) {
                        case "dot" -> NativeDotLayout.onPath().map(d -> new CachingLayout(d, cache));
                        case "embedded" -> Optional.of(new CachingLayout(new WasmLayout(), cache));
                        default -> Optional.empty();
                    };
                    dev.bscportal.core.book.BookReport r = new dev.bscportal.core.book.BriefingBooks(options,
                            dev.bscportal.core.book.BookOptions.defaults(), bookLayout, true)
                            .write(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), staging,
                                    Optional.of(publisher.output()));
                    bookLine.set(String.format(Locale.ROOT, "; books %d ms, %d books (%d kept)", ms(b0, System.nanoTime()),
                            r.books(), r.kept()));
                }
                return Map.of(PreviousSite.RECORD, report.get().pageDigests());
            });
            long t3 = System.nanoTime();
            String maps = layout.filter(l -> l instanceof CachingLayout).map(l -> (CachingLayout) l)
                    .map(c -> c.laidOut() + " laid out, " + c.cacheHits() + " cached").orElse("none");
            System.err.printf(Locale.ROOT, "build %d: check %d ms, changes %d ms, render+publish %d ms, total %d ms; "
                            + "%d pages (%d kept), %d maps (%s)%s%n", b, ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t0, t3),
                    report.get().pages(), report.get().pagesKept(), report.get().maps(), maps, bookLine.get());
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
