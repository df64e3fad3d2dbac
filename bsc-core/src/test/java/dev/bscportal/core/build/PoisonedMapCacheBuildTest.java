package dev.bscportal.core.build;

import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The map cache sits in the work folder, which a CI cache, another tool or a person can write: a build takes none of
 * its entries that hold what a map never holds, publishes what a build from an empty cache publishes, and says which
 * entries it refused.
 */
class PoisonedMapCacheBuildTest {

    @TempDir
    Path dir;

    @Test
    void givenEveryMapCacheEntryRewrittenWithAScript_whenBuilt_thenTheSiteIsTheCleanOneAndEachEntryIsNamed() throws Exception {
        // given the example built once with Graphviz dot, its map cache filled
        Dot.required();
        Path strategy = TreeCopy.copy(Path.of("../example-strategy/src/strategy"), dir.resolve("src/strategy"));
        BuildOptions options = BuildOptions.builder(strategy, dir.resolve("target/strategy-site")).baseDirectory(dir)
                .workDirectory(dir.resolve("target")).engine("dot").build();
        new SiteBuild(options, new RecordingLog()).build();
        Map<String, String> clean = Sites.files(dir.resolve("target/strategy-site"));
        List<Path> entries;
        try (Stream<Path> files = Files.list(dir.resolve("target/bsc-map-cache"))) {
            entries = files.sorted().toList();
        }
        assertFalse(entries.isEmpty());

        // when every entry gets a script and an event attribute, or a second "<svg" with an event hidden in a comment or
        // the DOCTYPE before its root (the cleaning starts at the first "<svg"), and the site is built again into a new folder
        for (int i = 0; i < entries.size(); i++) {
            Path entry = entries.get(i);
            String svg = Files.readString(entry);
            int root = svg.indexOf("<svg");
            Files.writeString(entry, switch (i % 3) {
                case 0 -> svg.replaceFirst("<g ", "<g onmouseover=\"alert(2)\" ").replace("</svg>", "<script>alert(1)</script></svg>");
                case 1 -> svg.substring(0, root) + "<!-- <svg onload=\"alert(3)\"><script>alert(4)</script> -->\n" + svg.substring(root);
                default -> svg.contains("<!DOCTYPE svg PUBLIC")
                        ? svg.replaceFirst("<!DOCTYPE svg PUBLIC \"[^\"]*\"\\s+\"[^\"]*\">", "<!DOCTYPE svg SYSTEM \"<svg onload=alert(5)>\">")
                        : "<!DOCTYPE svg SYSTEM \"<svg onload=alert(5)>\">\n" + svg.substring(root);
            });
        }
        RecordingLog log = new RecordingLog();
        BuildResult rebuilt = new SiteBuild(options.toBuilder().outputDirectory(dir.resolve("target/second-site")).build(),
                log).build();

        // then the site is byte for byte the clean one, every entry was laid out again, and each is named once
        assertEquals(clean, Sites.files(dir.resolve("target/second-site")));
        assertFalse(Sites.anyContains(Sites.files(dir.resolve("target/second-site")), "alert("));
        assertEquals(entries.size(), rebuilt.mapsLaidOut());
        List<String> refused = log.warnings.stream().filter(w -> w.startsWith("Map cache entry refused")).toList();
        assertEquals(entries.size(), refused.size(), log.warnings.toString());
        for (Path entry : entries) {
            assertTrue(refused.stream().anyMatch(w -> w.contains(entry.toString() + ": ")), entry + " in " + refused);
            assertFalse(Files.readString(entry).contains("alert("), "the entry is replaced: " + entry);
        }
    }
}
