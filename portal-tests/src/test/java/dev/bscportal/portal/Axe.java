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

/** axe-core (test resource axe/axe.min.js) injected into the page open in the browser, then run on the whole document. */
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

    List<Violation> run(ChromeDriver browser) throws IOException {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.executeScript(source);
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
