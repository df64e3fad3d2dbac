package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.maps.NativeDotLayout;
import dev.bscportal.core.maps.WasmLayout;
import dev.bscportal.core.redact.Redaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every map has its own page beside its SVG ({@code maps/<name>.html}, the company's and each unit's): with a
 * viewport, the site's style sheet and the map inline at its natural width, in the site's language; the map
 * figures' captions link it as the full-size map and keep the SVG as a download. Every link of the page resolves;
 * an edition without owners gets the pages too; two builds give the same bytes.
 */
class MapPageTest {

    private static final Path CJK_NAMES = Path.of("src/test/resources/strategies/cjk-names");
    private static final Pattern LINK = Pattern.compile("<(?:a|link)\\b[^>]*?\\shref=\"([^\"#]+)\"");

    @TempDir
    Path dir;

    @Test
    void givenAStrategyWithUnitsWhenBuiltThenEveryMapHasItsOwnPageWithAViewportTheSiteCssAndTheMapAtNaturalWidth() throws Exception {
        // given / when
        Path site = build("full", Locale.GERMAN, Set.of());

        // then
        List<Path> maps = standaloneMaps(site);
        assertTrue(maps.size() >= 3, "the company's and the units' maps: " + maps);
        List<String> problems = new ArrayList<>();
        for (Path svg : maps) {
            Path page = svg.resolveSibling(svg.getFileName().toString().replace(".svg", ".html"));
            String where = site.relativize(page).toString();
            if (!Files.isRegularFile(page)) {
                problems.add(where + " missing");
                continue;
            }
            String html = Files.readString(page);
            check(problems, where, html.startsWith("<!DOCTYPE html>\n<html lang=\"de\">"), "an HTML page in the site's language");
            check(problems, where, html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), "a viewport");
            check(problems, where, html.contains("assets/site.css\">"), "the site's style sheet");
            check(problems, where, html.matches("(?s).*<div class=\"map-full\" tabindex=\"0\" style=\"--map-width:\\d+px\"><svg .*"),
                    "the map inline at its natural width");
            check(problems, where, html.contains(" download>SVG</a>"), "the SVG as a download");
            Matcher link = LINK.matcher(html);
            while (link.find()) {
                check(problems, where, Files.isRegularFile(page.getParent().resolve(link.group(1)).normalize()),
                        "a link that resolves: " + link.group(1));
            }
        }
        assertEquals(List.of(), problems);
        String home = Files.readString(site.resolve("index.html"));
        assertTrue(home.contains("<a href=\"maps/strategy-map.html\">Volle Größe</a> · <a href=\"maps/strategy-map.svg\" download>SVG</a>"),
                "the caption links the map's page as the full size and keeps the SVG as a download");
        assertTrue(Files.readString(site.resolve("units/tokyo/index.html")).contains("units/tokyo/maps/strategy-map.html\""),
                "a unit's caption links its own map's page");
    }

    @Test
    void givenAnEditionWithoutOwnersWhenBuiltTwiceThenItHasTheMapPagesWithTheSameBytes() throws Exception {
        // given / when
        Path first = build("first", Locale.ENGLISH, Set.of(Redaction.OWNERS));
        Path second = build("second", Locale.ENGLISH, Set.of(Redaction.OWNERS));

        // then
        List<Path> maps = standaloneMaps(first);
        assertTrue(maps.size() >= 3, "maps: " + maps);
        for (Path svg : maps) {
            String page = first.relativize(svg).toString().replace(".svg", ".html");
            assertTrue(Files.isRegularFile(first.resolve(page)), page);
            assertArrayEquals(Files.readAllBytes(first.resolve(page)), Files.readAllBytes(second.resolve(page)), page);
        }
    }

    private static void check(List<String> problems, String where, boolean ok, String what) {
        if (!ok) {
            problems.add(where + ": not " + what);
        }
    }

    private static List<Path> standaloneMaps(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".svg") && f.getParent().getFileName().toString().equals("maps"))
                    .sorted().toList();
        }
    }

    private Path build(String name, Locale locale, Set<Redaction> withheld) throws Exception {
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(CJK_NAMES);
        Path out = Files.createDirectories(dir.resolve(name));
        MapLayout engine = NativeDotLayout.onPath().<MapLayout>map(d -> d).orElseGet(WasmLayout::new);
        new SiteRenderer(SiteOptions.defaults().withLocale(locale).withRedactions(withheld), Optional.of(engine), true)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });
        return out;
    }
}
