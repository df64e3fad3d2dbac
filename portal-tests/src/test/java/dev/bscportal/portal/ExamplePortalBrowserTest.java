package dev.bscportal.portal;

import dev.bscportal.core.score.MeasureResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example portal in headless Chromium, from file:// as an employee might open it. */
class ExamplePortalBrowserTest {

    /** What the example module's real bsc:build published: the internal site and the public edition. */
    private static BuiltSite site;
    private static BuiltSite publicEdition;
    private static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() throws Exception {
        browser = Chromium.start(1280, 900);
        site = BuiltSite.published("example", BuiltSite.EXAMPLE_STRATEGY, BuiltSite.EXAMPLE_PUBLISHED);
        publicEdition = BuiltSite.published("example-public", BuiltSite.EXAMPLE_STRATEGY, BuiltSite.EXAMPLE_PUBLIC_EDITION);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageOfBothEditionsLoadsWithoutConsoleErrors() throws Exception {
        List<String> problems = new ArrayList<>();
        for (BuiltSite edition : List.of(site, publicEdition)) {
            for (Path page : edition.pages()) {
                browser.get(page.toUri().toString());
                for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                    if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                        problems.add(edition.name() + " " + edition.root().relativize(page) + ": " + entry.getMessage());
                    }
                }
            }
        }
        assertTrue(Files.exists(site.root().resolve("changes.html")), "the real build publishes What changed");
        assertTrue(site.pages().size() > 100 && publicEdition.pages().size() > 100);
        assertEquals(List.of(), problems);
    }

    @Test
    void searchFindsAnObjectiveByAWordOfItsRationale() {
        browser.get(site.url("search.html") + "?q=component");

        List<WebElement> results = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#search-results li a"), 0));

        assertTrue(results.stream().anyMatch(a -> a.getText().equals("Improve gross margin")),
                "'component' appears only in the rationale of 'Improve gross margin'");
        results.stream().filter(a -> a.getText().equals("Improve gross margin")).findFirst().orElseThrow().click();
        assertTrue(browser.getCurrentUrl().endsWith("objectives/improve-margin.html"), browser.getCurrentUrl());
    }

    @Test
    void typingAWordShownOnlyInACommentaryANoteOrAMilestoneListsEveryPageShowingIt() {
        // each word occurs once in the example: a review's commentary on an objective (shown on the review and
        // on the objective), a measurement note (the measure page), a milestone name (the initiative page)
        java.util.Map<String, List<String>> shownOn = new java.util.TreeMap<>(java.util.Map.of(
                "convinced", List.of("reviews/2026-Q2.html", "objectives/predictive-services.html"),
                "shutdown", List.of("measures/revenue.html"),
                "Kanban", List.of("initiatives/lean-smt.html")));
        List<String> missing = new ArrayList<>();
        shownOn.forEach((word, pages) -> {
            browser.get(site.url("search.html"));
            String hint = browser.findElement(By.id("search-status")).getText();
            browser.findElement(By.id("q2")).sendKeys(word);
            // the status line turns from the hint into how many pages were found, or that none were
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                    d -> !d.findElement(By.id("search-status")).getText().equals(hint));
            List<String> links = browser.findElements(By.cssSelector("#search-results li a")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            for (String page : pages) {
                if (links.stream().noneMatch(l -> l.endsWith("/" + page))) {
                    missing.add(word + " -> " + page + " (listed: " + links + ")");
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void theStatusChipOfAMeasurePageShowsTheComputedStatus() {
        for (String id : List.of("field-failures", "revenue", "first-pass-yield", "api-adoption")) {
            MeasureResult result = site.checked().scores().orElseThrow().company().measure(id);
            browser.get(site.url("measures/" + id + ".html"));

            WebElement chip = browser.findElement(By.cssSelector(".summary .chip"));

            assertTrue(chip.getAttribute("class").contains("status-" + result.status().id()), id + ": " + chip.getAttribute("class"));
            assertTrue(chip.getText().contains(result.status().label()), id + ": " + chip.getText());
        }
    }

    @Test
    void takesScreenshotsAtDesktopAndPhoneWidth() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        List<String> pages = List.of("index.html", "scorecard.html", "objectives/right-first-time.html", "measures/revenue.html");
        for (int width : new int[] {1280, 390}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
            for (String page : pages) {
                browser.get(site.url(page));
                byte[] png = browser.getScreenshotAs(OutputType.BYTES);
                Path file = dir.resolve(page.replace('/', '_').replace(".html", "") + "-" + width + ".png");
                Files.write(file, png);
                assertTrue(Files.size(file) > 10_000, "screenshot " + file + " is not empty");
                Long overflow = (Long) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                Object culprits = browser.executeScript(
                        "var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  if (r.right > w + 1 && out.length < 5 && e.closest('.table-wrap, .map-canvas, .mainnav') === null) {"
                        + "    out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); } });"
                        + "return out.join(', ');");
                assertTrue(overflow <= 1, page + " at " + width + "px scrolls sideways by " + overflow + "px: " + culprits);
            }
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
}
