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
 * Standards on every page of the example site and of a stress strategy ({@link StressStrategy}): the W3C Nu HTML
 * checker finds no error, axe-core finds no serious or critical violation, every internal link and anchor resolves.
 * Warnings and minor findings are printed and written to target/standards-report.txt, not failed.
 */
class StandardsTest {

    static final List<String> MAIN_PAGES = List.of("index.html", "scorecard.html", "objectives/right-first-time.html",
            "measures/revenue.html");

    @TempDir
    static Path stressStrategy;

    private static BuiltSite example;
    private static BuiltSite stress;
    private static ChromeDriver browser;
    private static Axe axe;
    /** Figures for the closing note, sorted by name so the report reads the same whatever order the tests run in. */
    private static final Map<String, String> FIGURES = new TreeMap<>();

    @BeforeAll
    static void buildBothSites() throws Exception {
        browser = Chromium.start(1280, 900);
        axe = new Axe();
        example = BuiltSite.build(StressStrategy.EXAMPLE, Path.of("target/standards/example"));
        stress = BuiltSite.build(StressStrategy.write(stressStrategy), Path.of("target/standards/stress"));
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
    void nuHtmlCheckerFindsNoErrorOnAnyPageOfTheExampleSite() throws Exception {
        assertNoNuErrors("example", example);
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
        for (BuiltSite site : List.of(example, stress)) {
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
        assertTrue(checked >= 2, "the strategy maps are there");
        return errors;
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyPageAtDesktopWidth() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        List<String> failures = new ArrayList<>();
        for (BuiltSite site : List.of(example, stress)) {
            failures.addAll(axeCheck(site == example ? "example" : "stress", "1280px", site, relative(site, site.pages())));
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnTheMainPagesAtPhoneWidth() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 900));
        try {
            List<String> failures = new ArrayList<>(axeCheck("example", "390px", example, MAIN_PAGES));
            failures.addAll(axeCheck("stress", "390px", stress, MAIN_PAGES));
            assertEquals(List.of(), failures, String.join("\n", failures));
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnTheMainPagesInDarkMode() throws Exception {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            browser.get(example.url("index.html"));
            assertEquals(Boolean.TRUE, browser.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches;"));
            List<String> failures = new ArrayList<>(axeCheck("example", "1280px dark", example, MAIN_PAGES));
            failures.addAll(axeCheck("stress", "1280px dark", stress, MAIN_PAGES));
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
    void everyInternalLinkAndAnchorOfTheStressSiteResolves() throws Exception {
        List<String> broken = new ArrayList<>();
        Map<Path, Document> parsed = new HashMap<>();
        int links = 0;
        for (Path page : stress.pages()) {
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
                    broken.add(stress.root().relativize(page) + " -> " + ref + problem);
                }
            }
        }
        FIGURES.put("links stress checked", String.valueOf(links));
        FIGURES.put("links stress broken", String.valueOf(broken.size()));
        assertTrue(links > 1000, "the stress site has links: " + links);
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
