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

    /**
     * Links whose scheme hides from a text filter (entities, controls, percent escapes, reference style, images,
     * autolinks); each sets window.__pwned to its number if it ever runs. One per line, so the reference definitions
     * stand on lines of their own.
     */
    static final List<String> LINK_PAYLOADS = List.of(
            "[a1](javascript:window.__pwned=1)",
            "[a2](jav&#x61;script:void(window.__pwned=2))",
            "[a3](jav&#97;script:void(window.__pwned=3))",
            "[a4](jav&#0000097script:void(window.__pwned=4))",
            "[a5](javascript&colon;void(window.__pwned=5))",
            "[a6](java&Tab;script:void(window.__pwned=6))",
            "[a7](java&#x09;script:void(window.__pwned=7))",
            "[a8](java&NewLine;script:void(window.__pwned=8))",
            "[a9](JaVaScRiPt:void(window.__pwned=9))",
            "[a10](<java script:void(window.__pwned=10)>)",
            "[a11](vbscript:window.__pwned=11)",
            "[a12](data&colon;text/html,<script>parent.__pwned=12</script>)",
            "![a13](jav&#x61;script:void(window.__pwned=13))",
            "[a14][r14]",
            "[r14]: jav&#x61;script:void(window.__pwned=14)",
            "[a15]",
            "[a15]: javascript&colon;void(window.__pwned=15)",
            "<javascript:void(window.__pwned=16)>",
            "[[nested [a17]]](jav&#x61;script:void(window.__pwned=17))",
            "[![a18](x.png)](javascript&#58;void(window.__pwned=18))",
            "[a19](//evil.example/pwned19)",
            "[a20](javascript%3Avoid(window.__pwned=20))",
            "<a href=\"jav&#x61;script:void(window.__pwned=21)\">a21</a>");

    /**
     * One-line links for Markdown written inside YAML strings (mission, vision, measure description). They go before
     * the text payloads: flexmark parses no link after the escaped {@code "><script>} of those.
     */
    static final String INLINE_LINKS = "[y1](jav&#x61;script:void(window.__pwned=31)) [y2](javascript&colon;void(window.__pwned=32)) "
            + "[y3](java&#x09;script:void(window.__pwned=33)) <javascript:void(window.__pwned=34)>";

    static String links() {
        return String.join("\n\n", LINK_PAYLOADS) + "\n";
    }

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
        write("strategy.yaml", "name: " + yaml("Evil Corp " + p) + "\nmission: " + yaml(p + " [click](javascript:window.__xss='md') " + INLINE_LINKS)
                + "\nvision: " + yaml(INLINE_LINKS + " ![x](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==) " + p)
                + "\nvalues: [" + yaml(p) + "]\nhorizon: " + yaml(p)
                + "\nthemes:\n  - id: evil\n    name: " + yaml("Theme " + p) + "\n    description: " + yaml(p)
                + "\n    colour: teal\n");
        write("objectives/f1.md", "---\nname: " + yaml("Grow " + p) + "\nperspective: financial\nthemes: [evil]\nowner: "
                + yaml("Mallory " + p) + "\n---\n" + p + "\n\n[link](javascript:window.__xss='link') <a href=\"javascript:window.__xss=2\">raw</a>\n\n" + links());
        write("objectives/c1.md", "---\nname: " + yaml("Customers " + p) + "\nperspective: customer\ndrives: [f1]\nowner: Eve\n---\nWhy.\n\n" + links());
        write("measures/m1.yaml", "name: " + yaml("Measure " + p) + "\nobjective: f1\nunit: " + yaml("<i>u</i>")
                + "\ndescription: " + yaml(INLINE_LINKS + " " + p) + "\nformula: " + yaml(p) + "\ndata-source: " + yaml(p)
                + "\nthreshold: 1\ntarget: 2\nstretch: 3\nmeasurements:\n  2026-01: 1\n  2026-02:\n    value: 2.5\n    note: " + yaml(p) + "\n");
        write("measures/m2.yaml", "name: Plain\nobjective: c1\nthreshold: 1\ntarget: 2\nstretch: 3\nmeasurements:\n  2026-02: 0\n");
        write("initiatives/i1.md", "---\nname: " + yaml("Project " + p) + "\nowner: " + yaml("Oscar " + p) + "\nobjectives: [f1]\nstatus: active\n"
                + "start: 2026-01-01\ndue: 2026-12-31\nmilestones:\n  - name: " + yaml(p) + "\n    due: 2026-06-30\n---\n" + p + "\n\n" + links());
        write("okrs/2026-Q1.yaml", "objectives:\n  - id: o1\n    name: " + yaml("OKR " + p) + "\n    owner: " + yaml(p)
                + "\n    supports: [f1]\n    key-results:\n      - name: " + yaml(p) + "\n        from: 0\n        to: 10\n        current: 5\n");
        write("reviews/2026-Q1.md", "---\ndate: 2026-03-31\nattendees: [" + yaml(p) + "]\ndecisions: [" + yaml(p) + "]\ncommentary:\n  f1: "
                + yaml(p) + "\n---\n" + p + "\n\n" + links());
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

    /**
     * Every link of every page is clicked (once per distinct target: the same URL does the same thing from any page
     * of the site), and every href and src the browser resolved has an allowed scheme: the pages are opened from
     * file://, so internal links are file: URLs; http, https and mailto are the only other ones allowed.
     */
    @Test
    void clickingEveryLinkOnEveryPageRunsNoPayload() throws Exception {
        java.util.Set<String> clicked = new java.util.TreeSet<>();
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Path page : site.pages()) {
            String url = page.toUri().toString();
            browser.get(url);
            pages++;
            @SuppressWarnings("unchecked")
            List<String> targets = (List<String>) browser.executeScript(RESOLVE
                    + "return Array.from(document.querySelectorAll('a, area, [src]')).flatMap(e =>"
                    + " [e.getAttribute('href'), e.getAttributeNS('http://www.w3.org/1999/xlink', 'href'), e.getAttribute('src')]"
                    + ".filter(v => v !== null).map(resolve));");
            for (String target : targets) {
                String scheme = target.contains(":") ? target.substring(0, target.indexOf(':')).toLowerCase(java.util.Locale.ROOT) : "";
                if (!java.util.Set.of("file", "http", "https", "mailto").contains(scheme)) {
                    problems.add(site.root().relativize(page) + " links to " + target);
                }
            }
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) browser.executeScript(RESOLVE + LINKS + "return links().map(a => resolve(href(a)));");
            for (int i = 0; i < hrefs.size(); i++) {
                if (!clicked.add(hrefs.get(i)) || hrefs.get(i).startsWith("mailto:") || hrefs.get(i).startsWith("http")) {
                    continue; // mailto and http(s) would leave the offline test; their scheme is checked above
                }
                if (!browser.getCurrentUrl().equals(url)) {
                    browser.get(url);
                }
                Object flag = clickAndReadFlag(i);
                if (flag != null) {
                    problems.add(site.root().relativize(page) + ": clicking " + hrefs.get(i) + " ran payload " + flag);
                }
            }
        }
        assertTrue(pages > 10 && clicked.size() > 40, pages + " pages, " + clicked.size() + " links");
        System.out.println("HostileStrategyBrowserTest: clicked " + clicked.size() + " distinct links on " + pages + " pages");
        assertEquals(List.of(), problems);
    }

    /** JavaScript: resolve(u), the absolute URL the browser makes of an attribute value (or "invalid:" and the value). */
    private static final String RESOLVE = "const resolve = u => { try { return new URL(u, document.baseURI).href; }"
            + " catch (e) { return 'invalid:' + u; } };";
    /** JavaScript: links(), every HTML and SVG link of the page with a target, and href(a), its target as written. */
    private static final String LINKS = "const href = a => a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href');"
            + " const links = () => Array.from(document.querySelectorAll('a')).filter(a => href(a) !== null);";

    /**
     * Clicks the index-th link of the current page as a user would (a javascript: URL runs as a queued task, a
     * page link navigates), lets the click's task run, and returns what a payload left (window.__pwned,
     * window.__xss) on the page now shown, or null.
     */
    private static Object clickAndReadFlag(int index) {
        browser.executeScript(LINKS + "const a = links()[arguments[0]];"
                + " if (a) { a.removeAttribute('download'); a.removeAttribute('target');"
                + " a.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window})); }", index);
        try {
            browser.executeAsyncScript("const done = arguments[arguments.length - 1]; setTimeout(() => done(null), 30);");
        } catch (org.openqa.selenium.WebDriverException navigatedAway) {
            // the click loaded another page while waiting; its flags are read below
        }
        return browser.executeScript("return window.__pwned === undefined && window.__xss === undefined ? null"
                + " : String(window.__pwned === undefined ? window.__xss : window.__pwned);");
    }

    @Test
    void theClickCheckDetectsALinkThatRunsScript() {
        // given a page with a javascript: link added by the test itself (the positive control of the click test)
        browser.get(site.url("objectives/c1.html"));
        browser.executeScript("const a = document.createElement('a'); a.href = 'javascript:void(window.__pwned=99)';"
                + " a.textContent = 'control'; document.body.prepend(a);");
        // when it is clicked the way every link is, then its payload is seen
        assertEquals("99", String.valueOf(clickAndReadFlag(0)));
    }

    @Test
    void theTextOfEveryDroppedLinkIsStillShown() {
        browser.get(site.url("objectives/c1.html"));
        String main = browser.findElement(By.tagName("main")).getText();
        for (int i = 1; i <= 20; i++) {
            if (i != 16 && i != 18) { // the autolink <javascript:...> has no other text; a18 is the alt of a kept image
                assertTrue(main.contains("a" + i), "a" + i + " missing from " + main);
            }
        }
        assertTrue(browser.findElements(By.cssSelector("main a[href*='pwned']")).isEmpty());
    }

    @Test
    void hostileTextIsShownAsText() {
        browser.get(site.url("objectives/f1.html"));

        String heading = browser.findElement(By.tagName("h1")).getText();

        assertTrue(heading.contains("<script>window.__xss='script'</script>"), heading);
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("<img src=x onerror="));
    }
}
