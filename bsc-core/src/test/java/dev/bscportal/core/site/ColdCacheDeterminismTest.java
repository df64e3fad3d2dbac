package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.maps.CachingLayout;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.maps.WasmLayout;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every build of the same input writes the same bytes, also when no map comes from the cache: each build here
 * starts with an empty map cache of its own and writes into a folder of its own, and every file of every build is
 * compared with the first build's.
 */
class ColdCacheDeterminismTest {

    private static final Path EXAMPLE = Path.of("../example-strategy/src/strategy");
    private static final int BUILDS = 5;

    @TempDir
    Path dir;

    @Test
    void fiveBuildsOfTheExampleStrategyFromEmptyMapCachesWithNativeDotAreByteIdentical() throws Exception {
        Supplier<MapLayout> dot = nativeDot();

        List<Path> sites = buildsFromEmptyCaches(EXAMPLE, dot, BUILDS);

        assertAllIdentical(sites);
    }

    @Test
    void fiveBuildsOfNestedUnitsFromEmptyMapCachesWithNativeDotAreByteIdentical() throws Exception {
        Supplier<MapLayout> dot = nativeDot();
        Path strategy = NestedUnits.write(dir.resolve("nested"));

        List<Path> sites = buildsFromEmptyCaches(strategy, dot, BUILDS);

        assertAllIdentical(sites);
    }

    @Test
    void twoBuildsOfAUnitFixtureFromEmptyMapCachesWithTheEmbeddedEngineAreByteIdentical() throws Exception {
        // the embedded engine is slow (seconds per build even for four maps), so a small fixture and two builds
        Path strategy = StrategyDir.valid(dir.resolve("one-unit")).path();
        NestedUnits.unit(StrategyDir.empty(strategy), "units/sales", "Sales", "f1", "c1");
        WasmLayout embedded = new WasmLayout();

        List<Path> sites = buildsFromEmptyCaches(strategy, () -> embedded, 2);

        assertTrue(Files.isRegularFile(sites.get(0).resolve("maps/alignment.svg")), "the fixture has an alignment map");
        assertAllIdentical(sites);
    }

    private Supplier<MapLayout> nativeDot() {
        return Dot::required;
    }

    private List<Path> buildsFromEmptyCaches(Path strategy, Supplier<MapLayout> engine, int builds) throws Exception {
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(strategy);
        assertTrue(checked.errors().isEmpty(), checked.errors().toString());
        List<Path> sites = new ArrayList<>();
        for (int i = 1; i <= builds; i++) {
            Path cache = dir.resolve("cache-" + i);
            assertTrue(Files.notExists(cache));
            Path site = Files.createDirectories(dir.resolve("site-" + i));
            // a fresh checker run per build, as a new Maven run would do
            CheckResult again = new StrategyChecker(CheckOptions.DEFAULTS).check(strategy);
            new SiteRenderer(SiteOptions.defaults(), Optional.of(new CachingLayout(engine.get(), cache)), true)
                    .render(again.strategy().orElseThrow(), again.scores().orElseThrow(), Optional.empty(), site, n -> { },
                            Optional.empty());
            sites.add(site);
        }
        return sites;
    }

    static void assertAllIdentical(List<Path> sites) throws IOException {
        TreeMap<String, Path> first = files(sites.get(0));
        assertTrue(first.keySet().stream().anyMatch(p -> p.endsWith(".svg")), "the builds drew maps");
        List<String> differences = new ArrayList<>();
        for (int i = 1; i < sites.size(); i++) {
            TreeMap<String, Path> other = files(sites.get(i));
            assertEquals(first.keySet(), other.keySet(), "build " + (i + 1) + " wrote the same files as build 1");
            for (String path : first.keySet()) {
                if (!Arrays.equals(Files.readAllBytes(first.get(path)), Files.readAllBytes(other.get(path)))) {
                    differences.add("build " + (i + 1) + ": " + path);
                }
            }
        }
        assertEquals(List.of(), differences, "files that differ from build 1");
    }

    private static TreeMap<String, Path> files(Path root) throws IOException {
        TreeMap<String, Path> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> result.put(root.relativize(f).toString().replace('\\', '/'), f));
        }
        return result;
    }

    /** A company with three units, two of which have units of their own, each supporting its parent's objectives. */
    static final class NestedUnits {

        static Path write(Path root) {
            StrategyDir company = StrategyDir.valid(root);
            unit(company, "units/sales", "Sales", "f1", "c1");
            unit(company, "units/sales/units/north", "Sales North", "sales/s-c", "sales/s-f");
            unit(company, "units/sales/units/south", "Sales South", "sales/s-c", "sales/s-f");
            unit(company, "units/ops", "Operations", "p1", "l1");
            unit(company, "units/ops/units/plant-a", "Plant A", "ops/s-c", "ops/s-f");
            unit(company, "units/ops/units/plant-b", "Plant B", "ops/s-f", "ops/s-c");
            unit(company, "units/hr", "People", "l1", "c1");
            return root;
        }

        static void unit(StrategyDir company, String path, String name, String supportsFirst, String supportsSecond) {
            company.write(path + "/strategy.yaml", "name: " + name + "\nmission: Help the company.\n");
            company.write(path + "/objectives/s-f.md", """
                    ---
                    name: %s first
                    perspective: financial
                    owner: Owner %s
                    supports: [%s]
                    ---
                    Why.
                    """.formatted(name, name, supportsFirst));
            company.write(path + "/objectives/s-c.md", """
                    ---
                    name: %s second
                    perspective: customer
                    owner: Owner %s
                    drives: [s-f]
                    supports: [%s]
                    ---
                    Why.
                    """.formatted(name, name, supportsSecond));
        }
    }
}
