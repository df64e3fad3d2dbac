package dev.bscportal.core.build;

import dev.bscportal.core.options.SiteSettings;
import dev.bscportal.core.site.IncrementalEditsTest;
import dev.bscportal.core.testing.SameFiles;
import dev.bscportal.core.testing.TreeCopy;
import dev.bscportal.core.text.TextCharacters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Texts of the strategy through a real build of the example: a name with a control character, a lone surrogate, a
 * noncharacter or a bidi override fails the build with BSC189 at its file and line (the log shows the character as
 * U+XXXX, never raw) and leaves the published site as it was; right-to-left, CJK, emoji and combining text, and a
 * direction control in prose, are published as written, with no forbidden character in any file.
 */
class HostileTextBuildTest {

    private static final String OBJECTIVE = "objectives/connected-data.md";
    private static final String NAME = "name: Connect data across the company";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"\\u202E, U+202E", "\\u2066, U+2066", "\\e[2J, U+001B", "\\x9B, U+009B", "\\uD800, U+D800", "\\uFFFE, U+FFFE",
            "\\x00, U+0000"})
    void givenAnObjectiveNameWithAnUnsafeCharacter_whenBuilt_thenBsc189AtItsLineAndThePublishedSiteIsUnchanged(
            String escape, String codePoint) throws Exception {
        // given the example, published once
        Path strategy = TreeCopy.copy(IncrementalEditsTest.FIXTURES.get("example"), dir.resolve("src/strategy"));
        Path site = dir.resolve("site");
        build(strategy, site, new ArrayList<>());
        Path before = TreeCopy.copy(site, dir.resolve("before"));

        // when an objective's name gets the character (as a YAML escape) and the strategy is built again
        Path objective = strategy.resolve(OBJECTIVE);
        Files.writeString(objective, Files.readString(objective).replace(NAME, "name: \"Connect " + escape + "data\""));
        List<String> log = new ArrayList<>();
        BuildException failed = assertThrows(BuildException.class, () -> build(strategy, site, log));

        // then the build fails with BSC189 at the name's line, naming the character, shown escaped in the log
        assertTrue(failed.getMessage().contains("1 error(s)"), failed.getMessage());
        List<String> errors = log.stream().filter(l -> l.contains("BSC189")).toList();
        assertEquals(1, errors.size(), log.toString());
        assertTrue(errors.get(0).startsWith("ERROR src/strategy/" + OBJECTIVE + ":2: BSC189 'name' holds " + codePoint + " ("),
                errors.get(0));
        for (String line : log) {
            assertEquals(Optional.empty(), TextCharacters.judge(line, TextCharacters.Kind.PROSE), "the log carries no control: " + line);
        }
        // and the published site is as it was, byte for byte
        SameFiles.assertSame(before, site);
    }

    @Test
    void givenRightToLeftCjkEmojiAndCombiningNamesAndADirectionControlInProse_whenBuilt_thenPublishedAsWrittenWithAWarning()
            throws Exception {
        // given objective names in many scripts, and an isolate in an objective's Markdown body
        Path strategy = TreeCopy.copy(IncrementalEditsTest.FIXTURES.get("example"), dir.resolve("src/strategy"));
        List<String> names = List.of("ربط البيانات \u200F(2026)\u200F", "חיבור נתונים", "连接数据 📈 👩\u200D👩\u200D👧",
                "Conne\u0301ct da\u0308ta \u05D0\u05D1 🇩🇪");
        List<Path> objectives;
        try (Stream<Path> files = Files.list(strategy.resolve("objectives"))) {
            objectives = files.sorted().limit(names.size()).toList();
        }
        for (int i = 0; i < names.size(); i++) {
            String text = Files.readString(objectives.get(i));
            text = text.replaceFirst("(?m)^name: .*$", "name: \"" + names.get(i) + "\"");
            Files.writeString(objectives.get(i), text + "\nSee \u2067שלום\u2069 in the middle.\n\tA tab, too.\n");
        }

        // when built
        List<String> log = new ArrayList<>();
        Path site = dir.resolve("site");
        build(strategy, site, log);

        // then every name is published as written, each Markdown body's isolate is a warning, and no file of the site
        // holds a character the rule refuses
        String home = Files.readString(site.resolve("index.html"));
        String json = Files.readString(site.resolve("strategy.json"));
        for (String name : names) {
            assertTrue(home.contains(name) || home.contains(name.replace("\u200F", "&rlm;")), "home shows " + name);
            assertTrue(json.contains(name), "strategy.json holds " + name);
        }
        assertEquals(names.size(), log.stream().filter(l -> l.contains("BSC168")).count(), log.toString());
        assertEquals(0, log.stream().filter(l -> l.contains("BSC189") || l.contains("BSC169")).count(), log.toString());
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".pdf")
                    && !f.toString().endsWith(".png") && !f.toString().endsWith(".woff2")).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                TextCharacters.judge(text, TextCharacters.Kind.PROSE).filter(f -> !f.directional()).ifPresent(f -> {
                    throw new AssertionError(site.relativize(file) + " holds " + f.shown());
                });
            }
        }
    }

    /** A full build as bsc:build runs it (no books), its problems logged as Maven's log shows them. */
    private void build(Path strategy, Path site, List<String> log) throws Exception {
        Path templates = Files.createDirectories(strategy.resolveSibling("templates"));
        BuildOptions options = BuildOptions.builder(strategy, site).baseDirectory(dir).workDirectory(dir.resolve("target"))
                .mapCacheDirectory(dir.resolve("map-cache")).books(null)
                .site(new SiteSettings(null, "en", Optional.of(templates), null, null, null, null, false)).build();
        LineLog.Lines lines = new LineLog.Lines() {
            @Override
            public void info(String line) {
                log.add("INFO " + line);
            }

            @Override
            public void warn(String line) {
                log.add("WARN " + line);
            }

            @Override
            public void error(String line) {
                log.add("ERROR " + line);
            }
        };
        new SiteBuild(options, new LineLog(lines, strategy, dir, Optional.empty())).build();
    }
}
