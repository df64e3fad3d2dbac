package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.SameFiles;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The map files and {@code strategy.json} of a rebuild ({@link GeneratedFiles}): a file whose key did not change is
 * the very file of the site the rebuild replaces (a hard link), one whose content changed is written anew, and either
 * way the rebuild is byte-identical to a full build and the replaced site is left as it was.
 */
class GeneratedFilesReuseTest {

    private static final Path EXAMPLE = IncrementalEditsTest.FIXTURES.get("example");

    @TempDir
    static Path shared;

    private static Optional<MapLayout> layout;

    @TempDir
    Path dir;

    @BeforeAll
    static void graphviz() {
        layout = Optional.of(Dot.cached(shared.resolve("map-cache")));
    }

    @Test
    void givenAnObjectivesTextEdited_whenRebuilt_thenEveryMapFileAndStrategyJsonIsTheFileOfTheReplacedSite() throws Exception {
        // given the example's site, then more text for a company objective (no map or strategy.json shows it)
        Path source = TreeCopy.copy(EXAMPLE, dir.resolve("strategy"));
        Path before = build(source, SiteOptions.defaults(), "before", Optional.empty());
        append(source.resolve("objectives/grow-revenue.md"), "\nOne more sentence of rationale.\n");

        // when it is rebuilt from the site before, and built in full
        Path rebuilt = build(source, SiteOptions.defaults(), "rebuilt", Optional.of(before));
        Path full = build(source, SiteOptions.defaults(), "full", Optional.empty());

        // then every map file and strategy.json is the replaced site's own file, and the whole site is a full build's
        Map<String, Boolean> kept = generated(before, rebuilt);
        assertTrue(kept.keySet().stream().filter(f -> f.endsWith(".svg")).count() >= 7, kept.toString());
        assertFalse(kept.containsValue(false), "written again: " + kept);
        SameFiles.assertSame(full, rebuilt);
    }

    @Test
    void givenOneMeasurementOfAUnitChanged_whenRebuilt_thenExactlyTheFilesWhoseBytesChangedAreWrittenAnew() throws Exception {
        // given the example's site, then a value of the sales unit's pipeline measure that moves its score
        Path source = TreeCopy.copy(EXAMPLE, dir.resolve("strategy"));
        Path before = build(source, SiteOptions.defaults(), "before", Optional.empty());
        replace(source.resolve("units/sales/measurements/sales.csv"), "pipeline-value,2026-10,16.4,", "pipeline-value,2026-10,9.1,");

        // when it is rebuilt from the site before, and built in full
        Path rebuilt = build(source, SiteOptions.defaults(), "rebuilt", Optional.of(before));
        Path full = build(source, SiteOptions.defaults(), "full", Optional.empty());

        // then a generated file is written anew exactly when its bytes differ from the replaced site's
        Map<String, Boolean> kept = generated(before, rebuilt);
        Set<String> changed = new TreeSet<>();
        for (String file : kept.keySet()) {
            if (!Arrays.equals(Files.readAllBytes(before.resolve(file)), Files.readAllBytes(full.resolve(file)))) {
                changed.add(file);
            }
        }
        Set<String> written = new TreeSet<>();
        kept.forEach((file, same) -> {
            if (!same) {
                written.add(file);
            }
        });
        assertTrue(changed.contains("strategy.json") && changed.size() > 1 && changed.size() < kept.size(), changed.toString());
        assertEquals(changed, written);
        SameFiles.assertSame(full, rebuilt);
    }

    /**
     * An edition without owners scrubs their names from every file, the maps' and strategy.json included: a word of
     * an objective's name shown on a map is withheld while someone is named so. When the names withheld change and no
     * map or score does, the files must still follow.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a withheld name no longer withheld, Connect, Felix Brandt",
            "a new name withheld, Felix Brandt, Connect",
            "one withheld name for another, Connect, Offer"})
    void givenAnEditionWithoutOwners_whenTheNamesItWithholdsChange_thenTheRebuildIsAFullBuildAndTheSiteBeforeIsUntouched(
            String variant, String ownerBefore, String ownerAfter) throws Exception {
        // given an edition without owners, built while a company objective's owner is named ownerBefore
        SiteOptions noOwners = SiteOptions.defaults().withRedactions(Set.of(Redaction.OWNERS));
        Path source = TreeCopy.copy(EXAMPLE, dir.resolve("strategy"));
        Path objective = source.resolve("objectives/connected-data.md");
        replace(objective, "owner: Felix Brandt", "owner: " + ownerBefore);
        Path before = build(source, noOwners, "before", Optional.empty());
        Map<String, byte[]> beforeBytes = contents(before);

        // when the owner is named ownerAfter and it is rebuilt from the site before, and built in full
        replace(objective, "owner: " + ownerBefore, "owner: " + ownerAfter);
        Path rebuilt = build(source, noOwners, "rebuilt", Optional.of(before));
        Path full = build(source, noOwners, "full", Optional.empty());

        // then both are the same, byte for byte, and the site before still holds what it held
        SameFiles.assertSame(full, rebuilt);
        Map<String, byte[]> after = contents(before);
        assertEquals(beforeBytes.keySet(), after.keySet());
        for (String file : beforeBytes.keySet()) {
            assertTrue(Arrays.equals(beforeBytes.get(file), after.get(file)), "the site before was changed: " + file);
        }
    }

    /** Each map file and strategy.json of {@code site}: whether it is the same file as {@code before}'s. */
    private static Map<String, Boolean> generated(Path before, Path site) throws IOException {
        Map<String, Boolean> result = new TreeMap<>();
        for (Map.Entry<String, Path> file : SameFiles.files(site).entrySet()) {
            String name = file.getKey();
            if (name.equals("strategy.json") || name.matches("(.*/)?maps/[^/]+\\.(svg|dot)")) {
                Path old = before.resolve(name);
                result.put(name, Files.exists(old) && Files.isSameFile(old, file.getValue()));
            }
        }
        return result;
    }

    private static Map<String, byte[]> contents(Path site) throws IOException {
        Map<String, byte[]> result = new TreeMap<>();
        for (Map.Entry<String, Path> file : SameFiles.files(site).entrySet()) {
            result.put(file.getKey(), Files.readAllBytes(file.getValue()));
        }
        return result;
    }

    /** Renders {@code source} into a new folder {@code name}, keeping what it can of {@code previous} when given. */
    private Path build(Path source, SiteOptions options, String name, Optional<Path> previous) throws Exception {
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(source);
        assertTrue(checked.errors().isEmpty(), checked.errors().toString());
        Path target = Files.createDirectories(dir.resolve(name));
        Optional<PreviousSite> previousSite = previous.map(p -> new PreviousSite(p, digests.getOrDefault(p, "")));
        RenderReport report = new SiteRenderer(options, layout, true).render(checked.strategy().orElseThrow(),
                checked.scores().orElseThrow(), Optional.empty(), target, n -> { }, previousSite);
        digests.put(target, report.pageDigests());
        return target;
    }

    private final Map<Path, String> digests = new TreeMap<>();

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }
}
