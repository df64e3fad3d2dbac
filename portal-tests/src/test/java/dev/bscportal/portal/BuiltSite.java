package dev.bscportal.portal;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.render.SiteOptions;
import dev.bscportal.core.render.SiteRenderer;
import dev.bscportal.core.render.map.NativeDotLayout;
import dev.bscportal.core.render.map.MapLayout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A site built by the real engine from a strategy directory into a fresh folder under target/. */
record BuiltSite(Path root, CheckResult checked) {

    static BuiltSite build(Path strategy, Path into) throws Exception {
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(strategy);
        if (checked.failsBuild()) {
            throw new IllegalStateException("strategy " + strategy + " has errors: " + checked.errors());
        }
        deleteRecursively(into);
        Files.createDirectories(into);
        Optional<MapLayout> dot = NativeDotLayout.onPath().map(d -> d);
        new SiteRenderer(SiteOptions.defaults(), dot, true)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), into, n -> { });
        return new BuiltSite(into, checked);
    }

    List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    String url(String page) {
        return root.resolve(page).toUri().toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
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
