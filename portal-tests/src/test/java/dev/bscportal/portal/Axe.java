package dev.bscportal.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (test resource axe/axe.min.js) run on the whole document open in the browser. The script is sent to a page
 * that lacks it; {@link #loadIntoEveryPage} has the browser add it to every page it opens instead, which spares a
 * 650 KB round trip through chromedriver per page (measured: 280 ms of a 640 ms check).
 */
final class Axe {

    /** One violated rule on one page, with the CSS selectors of the offending elements. */
    record Violation(String rule, String impact, String help, List<String> targets) {
        boolean seriousOrCritical() {
            return impact.equals("serious") || impact.equals("critical");
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + targets;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;

    Axe() throws IOException {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** From now on every page {@code browser} opens has axe loaded before its own scripts run. */
    void loadIntoEveryPage(ChromeDriver browser) {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    }

    List<Violation> run(ChromeDriver browser) throws IOException {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object' && typeof window.axe.run === 'function';"))) {
            browser.executeScript(source);
        }
        Object result = browser.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        String json = String.valueOf(result);
        if (json.startsWith("ERROR")) {
            throw new IllegalStateException("axe.run failed: " + json);
        }
        List<Violation> out = new ArrayList<>();
        for (JsonNode v : JSON.readTree(json)) {
            List<String> targets = new ArrayList<>();
            for (JsonNode node : v.path("nodes")) {
                targets.add(node.path("target").toString());
            }
            out.add(new Violation(v.path("id").asText(), v.path("impact").asText("none"), v.path("help").asText(), targets));
        }
        return out;
    }
}
