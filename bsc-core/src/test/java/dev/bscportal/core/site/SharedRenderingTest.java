package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.redact.Redaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editions of one build share one template engine and one Markdown converter (SharedRendering), and every
 * edition is still byte for byte what a renderer of its own writes: on real strategies, for the full site and
 * editions without actuals, budgets or owners, and with raw HTML allowed (a converter of its own).
 */
class SharedRenderingTest {

    @TempDir
    Path dir;

    private static final List<SiteOptions> EDITIONS = List.of(
            SiteOptions.defaults(),
            SiteOptions.defaults().withRedactions(Set.of(Redaction.ACTUALS, Redaction.BUDGETS, Redaction.OWNERS)),
            SiteOptions.defaults().withRedactions(Set.of(Redaction.BUDGETS)),
            SiteOptions.defaults().withRawHtml(true),
            SiteOptions.defaults().withRedactions(Set.of(Redaction.OWNERS)));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../example-strategy/src/strategy", "src/test/resources/strategies/airline",
            "src/test/resources/strategies/public-sector", "src/test/resources/strategies/sparse-data",
            "src/test/resources/strategies/landesamt-de", "src/test/resources/strategies/startup-okrs"})
    void givenSeveralEditionsRenderedWithSharedEngines_whenComparedWithRenderersOfTheirOwn_thenEveryFileIsIdentical(String source)
            throws Exception {
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(Path.of(source));
        SharedRendering shared = new SharedRendering();

        for (int i = 0; i < EDITIONS.size(); i++) {
            SiteOptions edition = EDITIONS.get(i);
            Path together = Files.createDirectories(dir.resolve("shared-" + i));
            Path alone = Files.createDirectories(dir.resolve("alone-" + i));
            new SiteRenderer(edition, Optional.empty(), false, shared)
                    .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), together, n -> { });
            new SiteRenderer(edition, Optional.empty(), false)
                    .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), alone, n -> { });

            Map<String, byte[]> expected = files(alone);
            Map<String, byte[]> actual = files(together);
            assertEquals(expected.keySet(), actual.keySet(), "edition " + i);
            for (String file : expected.keySet()) {
                assertTrue(Arrays.equals(expected.get(file), actual.get(file)), "edition " + i + ": " + file + " differs");
            }
            assertTrue(expected.size() > 10, "pages of edition " + i + ": " + expected.size());
        }
    }

    @Test
    void givenOneBuild_whenEditionsAskForTheirEngines_thenTheSameSettingsShareOneAndOtherSettingsGetTheirOwn() throws Exception {
        TemplateCache cache = new TemplateCache();
        SharedRendering shared = new SharedRendering(cache);
        SiteResources builtIn = SiteResources.builtIn();
        List<String> identity = PageReuse.codeIdentity(builtIn);

        assertSame(shared.templates(EDITIONS.get(0), builtIn, identity), shared.templates(EDITIONS.get(1), builtIn, identity));
        assertSame(shared.markdown(EDITIONS.get(0)), shared.markdown(EDITIONS.get(2)));
        assertNotSame(shared.markdown(EDITIONS.get(0)), shared.markdown(EDITIONS.get(3)), "raw HTML allowed: its own converter");
        assertSame(shared.templates(EDITIONS.get(0), builtIn, identity), new SharedRendering(cache).templates(EDITIONS.get(0), builtIn, identity),
                "the next build of a preview, templates unchanged: the same engine");
        assertNotSame(shared.markdown(EDITIONS.get(0)), new SharedRendering(cache).markdown(EDITIONS.get(0)),
                "the next build: its own converter (its cache does not grow across rebuilds)");
        assertNotSame(shared.templates(EDITIONS.get(0), builtIn, identity),
                shared.templates(EDITIONS.get(0).withLocale(java.util.Locale.GERMAN), builtIn, identity), "another locale: its own engine");
        List<String> editedOverride = new java.util.ArrayList<>(identity);
        editedOverride.add("override page.ftlh edited");
        assertNotSame(shared.templates(EDITIONS.get(0), builtIn, identity), shared.templates(EDITIONS.get(0), builtIn, editedOverride),
                "an edited template: a new engine");
        assertNotSame(shared.templates(EDITIONS.get(0), builtIn, identity), new SharedRendering().templates(EDITIONS.get(0), builtIn, identity),
                "another build without the cache: its own engine");
    }

    private static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
