package dev.bscportal.portal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The axe wrapper the standards tests rely on reports real violations with their impact and passes a clean page. */
class AxeTest {

    private static final String BAD_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main><h1>Bad</h1>"
            + "<p style=\"color:#bbb;background:#fff\">pale text</p><img src=\"x.png\"></main></body></html>";

    private static ChromeDriver browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void reportsLowContrastTextAndAnImageWithoutAlternativeText() throws Exception {
        Path page = write("bad.html", BAD_PAGE);
        browser.get(page.toUri().toString());

        List<Axe.Violation> violations = new Axe().run(browser);

        List<String> rules = violations.stream().map(Axe.Violation::rule).toList();
        assertTrue(rules.contains("color-contrast") && rules.contains("image-alt"), rules.toString());
        assertTrue(violations.stream().allMatch(Axe.Violation::seriousOrCritical), violations.toString());
    }

    @Test
    void findsNothingOnAPlainAccessiblePage() throws Exception {
        Path page = write("good.html", "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main><h1>Good</h1>"
                + "<p>Readable text.</p></main></body></html>");
        browser.get(page.toUri().toString());

        assertEquals(List.of(), new Axe().run(browser));
    }

    @Test
    void givenAxeLoadedIntoEveryPageWhenABadPageIsOpenedThenAxeIsThereBeforeTheCheckAndReportsItsViolations() throws Exception {
        ChromeDriver preloaded = Chromium.start(1280, 900);
        try {
            Axe axe = new Axe();
            axe.loadIntoEveryPage(preloaded);
            Path page = write("bad.html", BAD_PAGE);
            preloaded.get(page.toUri().toString());

            assertEquals(Boolean.TRUE, preloaded.executeScript("return typeof window.axe.run === 'function';"));
            List<String> rules = axe.run(preloaded).stream().map(Axe.Violation::rule).toList();
            assertTrue(rules.contains("color-contrast") && rules.contains("image-alt"), rules.toString());
        } finally {
            preloaded.quit();
        }
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
