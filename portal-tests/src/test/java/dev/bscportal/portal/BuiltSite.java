package dev.bscportal.portal;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.site.SiteRenderer;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.maps.NativeDotLayout;
import dev.bscportal.core.maps.WasmLayout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A site for the browser and standards tests: either built by the real engine from a strategy directory into a
 * fresh folder under target/, or one that {@code bsc:build} published (the example module's editions).
 */
record BuiltSite(String name, Path root, CheckResult checked) {

    /** The example strategy and what the example module's real {@code mvn package} publishes from it. */
    static final Path EXAMPLE_STRATEGY = Path.of("../example-strategy/src/strategy");
    static final Path EXAMPLE_PUBLISHED = Path.of("../example-strategy/target/strategy-site");
    static final Path EXAMPLE_PUBLIC_EDITION = Path.of("../example-strategy/target/strategy-site-public");

    /**
     * Builds with the engine the product picks by default: native dot when installed, else the embedded one, so
     * the maps are always there (the product never builds a site without maps).
     */
    static BuiltSite build(Path strategy, Path into) throws Exception {
        return build(strategy, into, Locale.ENGLISH);
    }

    /** As {@link #build(Path, Path)}, in the site language {@code locale} (a German fixture is read in German). */
    static BuiltSite build(Path strategy, Path into, Locale locale) throws Exception {
        MapLayout engine = NativeDotLayout.onPath().<MapLayout>map(d -> d).orElseGet(WasmLayout::new);
        return build(into.getFileName().toString(), strategy, into, engine, locale);
    }

    /** Builds with the given map engine. */
    static BuiltSite build(String name, Path strategy, Path into, MapLayout engine) throws Exception {
        return build(name, strategy, into, engine, Locale.ENGLISH);
    }

    private static BuiltSite build(String name, Path strategy, Path into, MapLayout engine, Locale locale) throws Exception {
        CheckResult checked = check(strategy);
        deleteRecursively(into);
        Files.createDirectories(into);
        new SiteRenderer(SiteOptions.defaults().withLocale(locale), Optional.of(engine), true)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), into, n -> { });
        return new BuiltSite(name, into, checked);
    }

    /** A site {@code bsc:build} published; fails with what to run when it is not there. */
    static BuiltSite published(String name, Path strategy, Path site) {
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new IllegalStateException(site.toAbsolutePath().normalize() + " has not been published: run the whole"
                    + " reactor (mvn verify), or first mvn -pl example-strategy -am package");
        }
        return new BuiltSite(name, site, check(strategy));
    }

    private static CheckResult check(Path strategy) {
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(strategy);
        if (checked.failsBuild()) {
            throw new IllegalStateException("strategy " + strategy + " has errors: " + checked.errors());
        }
        return checked;
    }

    List<Path> pages() throws IOException {
        return files(".html");
    }

    /** The standalone strategy maps, by their place in the site (maps/*.svg). */
    List<Path> maps() throws IOException {
        return files(".svg").stream().filter(f -> root.relativize(f).startsWith("maps")).toList();
    }

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    String url(String page) {
        return root.resolve(page).toUri().toString();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
