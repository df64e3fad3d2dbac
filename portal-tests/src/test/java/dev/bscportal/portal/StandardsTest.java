package dev.bscportal.portal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Standards on every page of every site a user can get: both editions the example module's real {@code bsc:build}
 * publishes (internal and the redacted public edition, with "What changed"), the example rendered by the embedded
 * map engine (what a machine without Graphviz publishes), and a stress strategy ({@link StressStrategy}). The W3C
 * Nu HTML checker finds no error on any page, every internal link and anchor resolves, and axe-core finds no serious
 * or critical violation: on every page of the example's two editions at 1280 px, and on each site's
 * {@link StyleSample} (the pages that together show every styled kind of element) at 390 px, in dark mode, and at
 * 1280 px for the embedded engine's site and the stress site: those checks depend on the stylesheet, not on which copy
 * of a page kind is open, and every page in every mode took 12 of CI's 30 minutes. Warnings and minor findings are printed and written to
 * target/standards-report.txt, not failed.
 */
class StandardsTest {

    @TempDir
    static Path stressStrategy;

    private static BuiltSite example;
    private static BuiltSite publicEdition;
    private static BuiltSite embedded;
    private static BuiltSite stress;
    private static List<BuiltSite> sites;
    private static ChromeDriver browser;
    private static Axe axe;
    /** Figures for the closing note, sorted by name so the report reads the same whatever order the tests run in. */
    private static final Map<String, String> FIGURES = new TreeMap<>();

    @BeforeAll
    static void buildBothSites() throws Exception {
        browser = Chromium.start(1280, 900);
        axe = new Axe();
        axe.loadIntoEveryPage(browser);
        example = BuiltSite.published("example", BuiltSite.EXAMPLE_STRATEGY, BuiltSite.EXAMPLE_PUBLISHED);
        publicEdition = BuiltSite.published("example-public", BuiltSite.EXAMPLE_STRATEGY, BuiltSite.EXAMPLE_PUBLIC_EDITION);
        embedded = BuiltSite.build("example-embedded", BuiltSite.EXAMPLE_STRATEGY, Path.of("target/standards/example-embedded"),
                new dev.bscportal.core.maps.WasmLayout());
        stress = BuiltSite.build(StressStrategy.write(stressStrategy), Path.of("target/standards/stress"));
        sites = List.of(example, publicEdition, embedded, stress);
    }

    @AfterAll
    static void reportFigures() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        StringBuilder text = new StringBuilder();
        FIGURES.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
        System.out.println("Standards figures\n" + text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/standards-report.txt"), text.toString());
    }

    @Test
    void nuHtmlCheckerFindsNoErrorOnAnyPageOfThePublishedExampleSite() throws Exception {
        assertNoNuErrors("example", example);
    }

    @Test
    void nuHtmlCheckerFindsNoErrorOnAnyPageOfThePublicEdition() throws Exception {
        assertNoNuErrors("example-public", publicEdition);
    }

    @Test
    void nuHtmlCheckerFindsNoErrorOnAnyPageOfTheExampleLaidOutByTheEmbeddedEngine() throws Exception {
        assertNoNuErrors("example-embedded", embedded);
    }

    @Test
    void everySiteHasEveryStrategyMap() throws Exception {
        // given the maps the strategy asks for: the company map, one per theme, the alignment map, one per unit
        for (BuiltSite site : sites) {
            dev.bscportal.core.model.Strategy strategy = site.checked().strategy().orElseThrow();
            List<String> expected = new ArrayList<>();
            expected.add("maps/strategy-map.svg");
            strategy.company().themes().forEach(t -> expected.add("maps/theme-" + t.id() + ".svg"));
            if (!strategy.company().units().isEmpty()) {
                expected.add("maps/alignment.svg");
            }
            // then each is there by name, as a real SVG with one box per objective of its scorecard
            List<String> present = site.maps().stream().map(m -> site.root().relativize(m).toString().replace('\\', '/')).toList();
            for (String map : expected) {
                assertTrue(present.contains(map), site.name() + " lacks " + map + ": " + present);
            }
            String companyMap = Files.readString(site.root().resolve("maps/strategy-map.svg"));
            assertEquals(strategy.company().objectives().size(), companyMap.split("class=\"node objective", -1).length - 1,
                    site.name() + ": one box per objective in maps/strategy-map.svg");
            FIGURES.put("maps " + site.name(), String.valueOf(present.size()));
        }
    }

    @Test
    void nuHtmlCheckerFindsNoErrorOnAnyPageOfTheStressSite() throws Exception {
        assertNoNuErrors("stress", stress);
    }

    @Test
    void everyStandaloneSvgOfBothSitesIsWellFormedValidSvg() throws Exception {
        List<String> errors = svgErrors(false);
        assertEquals(List.of(), errors, String.join("\n", errors));
    }

    private static List<String> svgErrors(boolean undoRepeatedXmlns) throws Exception {
        List<String> errors = new ArrayList<>();
        int checked = 0;
        Path scratch = Files.createDirectories(Path.of("target/standards/svg-check"));
        for (BuiltSite site : sites) {
            for (Path svg : files(site.root(), ".svg")) {
                checked++;
                Path file = svg;
                if (undoRepeatedXmlns) {
                    file = scratch.resolve("checked.svg");
                    Files.writeString(file, Files.readString(svg).replaceFirst(
                            "(<svg)\\s+xmlns=\"http://www.w3.org/2000/svg\"(\\s[^>]*\\sxmlns=\"http://www.w3.org/2000/svg\")", "$1$2"));
                }
                for (NuHtmlChecker.Message m : NuHtmlChecker.checkSvg(file)) {
                    if (m.isError()) {
                        errors.add(site.root().relativize(svg) + ": " + m);
                    } else {
                        System.out.println("nu svg " + site.root().relativize(svg) + ": " + m);
                    }
                }
            }
        }
        String mode = undoRepeatedXmlns ? " (repeated xmlns undone)" : "";
        FIGURES.put("nu svg files checked" + mode, String.valueOf(checked));
        FIGURES.put("nu svg errors" + mode, String.valueOf(errors.size()));
        int maps = 0;
        for (BuiltSite site : sites) {
            maps += site.maps().size();
        }
        assertTrue(maps >= 4 * sites.size(), "the strategy maps are there: " + maps);
        return errors;
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyPageAtDesktopWidth() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        List<String> failures = new ArrayList<>();
        for (BuiltSite site : List.of(example, publicEdition)) {
            failures.addAll(axeCheck(site.name(), "1280px", site, relative(site, site.pages())));
        }
        for (BuiltSite site : List.of(embedded, stress)) {
            failures.addAll(axeCheck(site.name(), "1280px", site, relative(site, StyleSample.of(site.pages()))));
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyStyledKindOfElementAtPhoneWidth() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 900));
        try {
            List<String> failures = new ArrayList<>();
            for (BuiltSite site : List.of(example, publicEdition, stress)) {
                failures.addAll(axeCheck(site.name(), "390px", site, relative(site, StyleSample.of(site.pages()))));
            }
            assertEquals(List.of(), failures, String.join("\n", failures));
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyStyledKindOfElementInDarkMode() throws Exception {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            browser.get(example.url("index.html"));
            assertEquals(Boolean.TRUE, browser.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches;"));
            List<String> failures = new ArrayList<>();
            for (BuiltSite site : List.of(example, publicEdition, stress)) {
                failures.addAll(axeCheck(site.name(), "1280px dark", site, relative(site, StyleSample.of(site.pages()))));
            }
            assertEquals(List.of(), failures, String.join("\n", failures));
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void longNamesOfTheStressSiteWrapInsteadOfScrollingThePageSidewaysAtPhoneWidth() {
        browser.manage().window().setSize(new Dimension(390, 900));
        List<String> overflowing = new ArrayList<>();
        try {
            for (String page : List.of("index.html", "scorecard.html", "objectives/process-3.html", "objectives/grow-revenue.html",
                    "units/legal/index.html", "perspectives/sustainability.html")) {
                browser.get(stress.url(page));
                Long overflow = (Long) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (overflow > 1) {
                    Object culprits = browser.executeScript(
                            "var w = document.documentElement.clientWidth, out = [];"
                            + "document.querySelectorAll('body *').forEach(function (e) {"
                            + "  var r = e.getBoundingClientRect();"
                            + "  if (r.right > w + 1 && out.length < 6 && e.closest('.table-wrap, .map-canvas, .chart-wrap, .mainnav') === null) {"
                            + "    out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); } });"
                            + "return out.join(', ');");
                    overflowing.add(page + " scrolls sideways by " + overflow + "px: " + culprits);
                }
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        assertEquals(List.of(), overflowing);
    }

    @Test
    void everyInternalLinkAndAnchorOfEverySiteResolves() throws Exception {
        List<String> broken = new ArrayList<>();
        for (BuiltSite site : sites) {
            Map<Path, Document> parsed = new HashMap<>();
            int links = 0;
            for (Path page : site.pages()) {
                Document doc = parsed.computeIfAbsent(page, StandardsTest::parse);
                List<String> refs = new ArrayList<>();
                doc.select("a[href]").forEach(e -> refs.add(e.attr("href")));
                doc.select("link[href]").forEach(e -> refs.add(e.attr("href")));
                doc.select("script[src], img[src]").forEach(e -> refs.add(e.attr("src")));
                doc.select("[xlink:href]").forEach(e -> refs.add(e.attr("xlink:href")));
                for (String ref : refs) {
                    links++;
                    String problem = resolve(page, ref, parsed);
                    if (problem != null) {
                        broken.add(site.name() + ": " + site.root().relativize(page) + " -> " + ref + problem);
                    }
                }
            }
            FIGURES.put("links " + site.name() + " checked", String.valueOf(links));
            assertTrue(links > 10 * site.pages().size(), site.name() + " has links: " + links);
        }
        FIGURES.put("links broken", String.valueOf(broken.size()));
        assertEquals(List.of(), broken, String.join("\n", broken));
    }

    @Test
    void theStressSiteHasTheEdgesItWasWrittenFor() throws Exception {
        String internal = Files.readString(stress.root().resolve("scorecard.html"));
        assertTrue(internal.contains(StressStrategy.LONG_WORD), "long names are shown");
        assertTrue(Files.exists(stress.root().resolve("objectives/process-" + StressStrategy.EXTRA_OBJECTIVES + ".html")));
        assertTrue(Files.exists(stress.root().resolve("units/legal/index.html")), "the unit without measures has a page");
        assertTrue(Files.notExists(stress.root().resolve("initiatives/lean-smt.html")), "no initiatives");
    }

    /** Null when the reference resolves, else why not. */
    private static String resolve(Path page, String ref, Map<Path, Document> parsed) {
        if (ref.matches("^(https?:)?//.*")) {
            return " (links outside the site)";
        }
        if (ref.startsWith("/")) {
            return " (root-absolute: breaks on a sub-path)";
        }
        if (ref.startsWith("mailto:")) {
            return null;
        }
        String[] parts = ref.split("#", 2);
        Path target = parts[0].isEmpty() ? page : page.getParent().resolve(parts[0].replaceAll("\\?.*$", "")).normalize();
        if (!Files.exists(target)) {
            return " (no such file)";
        }
        if (parts.length == 2 && !parts[1].isEmpty() && target.toString().endsWith(".html")) {
            Document doc = parsed.computeIfAbsent(target, StandardsTest::parse);
            if (doc.getElementById(parts[1]) == null) {
                return " (no such anchor)";
            }
        }
        return null;
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoNuErrors(String name, BuiltSite site) throws Exception {
        List<String> errors = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        int pages = 0;
        for (Path page : site.pages()) {
            pages++;
            for (NuHtmlChecker.Message m : NuHtmlChecker.checkHtml(page)) {
                String where = site.root().relativize(page).toString();
                if (m.isError()) {
                    errors.add(where + ": " + m);
                } else if (m.type().equals("warning")) {
                    warnings.merge(m.text(), 1, Integer::sum);
                    System.out.println("nu warning " + name + " " + where + ": " + m);
                }
            }
        }
        FIGURES.put("nu " + name + " pages", String.valueOf(pages));
        FIGURES.put("nu " + name + " errors", String.valueOf(errors.size()));
        FIGURES.put("nu " + name + " warnings", String.valueOf(warnings.values().stream().mapToInt(i -> i).sum())
                + (warnings.isEmpty() ? "" : " " + warnings));
        assertTrue(pages > 10, name + " has pages");
        assertEquals(List.of(), errors, errors.size() + " Nu errors:\n" + String.join("\n", errors));
    }

    private static List<String> axeCheck(String name, String width, BuiltSite site, List<String> pages) throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> byImpact = new TreeMap<>();
        for (String page : pages) {
            browser.get(site.url(page));
            List<Axe.Violation> violations = axe.run(browser);
            List<String> serious = new ArrayList<>();
            for (Axe.Violation v : violations) {
                byImpact.merge(v.impact(), v.targets().size(), Integer::sum);
                if (v.seriousOrCritical()) {
                    serious.add("  " + v);
                } else {
                    System.out.println("axe " + name + " " + width + " " + page + ": " + v);
                }
            }
            if (!serious.isEmpty()) {
                failures.add(name + " " + page + " at " + width + ":\n" + String.join("\n", serious));
            }
        }
        FIGURES.put("axe " + name + " " + width + " pages", String.valueOf(pages.size()));
        FIGURES.put("axe " + name + " " + width + " violations (nodes by impact)", byImpact.toString());
        return failures;
    }

    private static List<String> relative(BuiltSite site, List<Path> pages) {
        return pages.stream().map(p -> site.root().relativize(p).toString().replace('\\', '/')).toList();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
