package dev.bscportal.portal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A strategy whose every text field carries script payloads is built with default settings and every page is
 * opened in Chromium: no payload runs (each would set window.__xss), and the text shows escaped.
 */
class HostileStrategyBrowserTest {

    /** Each payload sets a global flag if it ever executes. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss='script'</script>",
            "<img src=x onerror=\"window.__xss='img'\">",
            "<svg onload=\"window.__xss='svg'\"></svg>",
            "\"><script>window.__xss='attr'</script>",
            "'; window.__xss='js'; '",
            "</title><script>window.__xss='title'</script>",
            "\" ] ; } <b onmouseover=window.__xss=1>dot</b>");

    @TempDir
    static Path strategy;

    private static BuiltSite site;
    private static ChromeDriver browser;

    static String all() {
        return String.join(" ", PAYLOADS);
    }

    static String yaml(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @BeforeAll
    static void buildHostileSite() throws Exception {
        browser = Chromium.start(1280, 900);
        String p = all();
        write("strategy.yaml", "name: " + yaml("Evil Corp " + p) + "\nmission: " + yaml(p + " [click](javascript:window.__xss='md')")
                + "\nvision: " + yaml("![x](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==) " + p)
                + "\nvalues: [" + yaml(p) + "]\nhorizon: " + yaml(p)
                + "\nthemes:\n  - id: evil\n    name: " + yaml("Theme " + p) + "\n    description: " + yaml(p)
                + "\n    colour: teal\n");
        write("objectives/f1.md", "---\nname: " + yaml("Grow " + p) + "\nperspective: financial\nthemes: [evil]\nowner: "
                + yaml("Mallory " + p) + "\n---\n" + p + "\n\n[link](javascript:window.__xss='link') <a href=\"javascript:window.__xss=2\">raw</a>\n");
        write("objectives/c1.md", "---\nname: " + yaml("Customers " + p) + "\nperspective: customer\ndrives: [f1]\nowner: Eve\n---\nWhy.\n");
        write("measures/m1.yaml", "name: " + yaml("Measure " + p) + "\nobjective: f1\nunit: " + yaml("<i>u</i>")
                + "\ndescription: " + yaml(p) + "\nformula: " + yaml(p) + "\ndata-source: " + yaml(p)
                + "\nthreshold: 1\ntarget: 2\nstretch: 3\nmeasurements:\n  2026-01: 1\n  2026-02:\n    value: 2.5\n    note: " + yaml(p) + "\n");
        write("measures/m2.yaml", "name: Plain\nobjective: c1\nthreshold: 1\ntarget: 2\nstretch: 3\nmeasurements:\n  2026-02: 0\n");
        write("initiatives/i1.md", "---\nname: " + yaml("Project " + p) + "\nowner: " + yaml("Oscar " + p) + "\nobjectives: [f1]\nstatus: active\n"
                + "start: 2026-01-01\ndue: 2026-12-31\nmilestones:\n  - name: " + yaml(p) + "\n    due: 2026-06-30\n---\n" + p + "\n");
        write("okrs/2026-Q1.yaml", "objectives:\n  - id: o1\n    name: " + yaml("OKR " + p) + "\n    owner: " + yaml(p)
                + "\n    supports: [f1]\n    key-results:\n      - name: " + yaml(p) + "\n        from: 0\n        to: 10\n        current: 5\n");
        write("reviews/2026-Q1.md", "---\ndate: 2026-03-31\nattendees: [" + yaml(p) + "]\ndecisions: [" + yaml(p) + "]\ncommentary:\n  f1: "
                + yaml(p) + "\n---\n" + p + "\n");
        site = BuiltSite.build(strategy, Path.of("target/hostile-site"));
    }

    private static void write(String relative, String content) throws Exception {
        Path file = strategy.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void noPayloadRunsOnAnyPageAndLinksWithScriptUrlsAreDropped() throws Exception {
        List<String> executed = new ArrayList<>();
        for (Path page : site.pages()) {
            browser.get(page.toUri().toString());
            for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
                String href = link.getAttribute("href");
                assertTrue(!href.startsWith("javascript:") && !href.startsWith("data:"), page + " has a script link: " + href);
            }
            Object flag = browser.executeScript("return window.__xss === undefined ? null : String(window.__xss);");
            if (flag != null) {
                executed.add(site.root().relativize(page) + " ran payload " + flag);
            }
        }
        assertTrue(site.pages().size() > 10);
        assertEquals(List.of(), executed);
    }

    @Test
    void hostileTextIsShownAsText() {
        browser.get(site.url("objectives/f1.html"));

        String heading = browser.findElement(By.tagName("h1")).getText();

        assertTrue(heading.contains("<script>window.__xss='script'</script>"), heading);
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("<img src=x onerror="));
    }
}
