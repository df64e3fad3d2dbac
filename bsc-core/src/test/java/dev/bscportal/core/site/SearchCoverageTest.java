package dev.bscportal.core.site;

import dev.bscportal.core.redact.Redaction;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search finds what the pages show: a sentinel word placed in exactly one kind of text (review commentary,
 * a measurement note, a milestone, ...) is in the search document of every page that shows that text, and an
 * audience edition does not index what it leaves out.
 */
class SearchCoverageTest {

    @TempDir
    Path dir;

    /** Sentinel word -> the pages that show it. */
    static final Map<String, List<String>> SHOWN_ON = new LinkedHashMap<>();

    static {
        SHOWN_ON.put("qxcommentary", List.of("reviews/2026-Q3.html", "objectives/c1.html"));
        SHOWN_ON.put("qxminutes", List.of("reviews/2026-Q3.html"));
        SHOWN_ON.put("qxdecision", List.of("reviews/2026-Q3.html"));
        SHOWN_ON.put("qxnote", List.of("measures/revenue.html"));
        SHOWN_ON.put("qxmilestone", List.of("initiatives/academy.html"));
        SHOWN_ON.put("qxinitiativebody", List.of("initiatives/academy.html"));
        SHOWN_ON.put("qxkeyresult", List.of("okrs/index.html"));
        SHOWN_ON.put("qxokr", List.of("okrs/index.html"));
        SHOWN_ON.put("qxrationale", List.of("objectives/f1.html"));
        SHOWN_ON.put("qxdescription", List.of("measures/revenue.html"));
        SHOWN_ON.put("qxformula", List.of("measures/revenue.html"));
        SHOWN_ON.put("qxdatasource", List.of("measures/revenue.html"));
        SHOWN_ON.put("qxtheme", List.of("themes/growth.html"));
        SHOWN_ON.put("qxunitmission", List.of("units/sales/index.html"));
        SHOWN_ON.put("qxunitrationale", List.of("units/sales/objectives/win.html"));
        SHOWN_ON.put("qxunitmeasure", List.of("units/sales/measures/win-rate.html"));
        SHOWN_ON.put("qxunitcommentary", List.of("units/sales/reviews/2026-Q3.html", "units/sales/objectives/win.html"));
    }

    private CheckResult sentinelStrategy() {
        StrategyDir d = StrategyDir.valid(dir.resolve("src"));
        d.write("strategy.yaml", "name: Test Company\nmission: Make tests pass.\nthemes:\n  - id: growth\n    name: Growth\n"
                + "    description: Theme qxtheme text.\n");
        d.write("objectives/f1.md", "---\nname: Objective f1\nperspective: financial\nowner: Owner f1\n---\n"
                + "Why it matters: **qxrationale**.\n");
        d.write("measures/revenue.yaml", "name: Measure revenue\nobjective: f1\nkind: lagging\nfrequency: monthly\n"
                + "threshold: 80\ntarget: 100\nstretch: 120\ndescription: Described *qxdescription* here.\n"
                + "formula: Sum of qxformula\ndata-source: The qxdatasource system\n");
        d.write("measurements/actuals.csv", """
                measure,period,value,note
                revenue,2026-08,100,
                revenue,2026-09,104,Late close qxnote
                nps,2026-08,31,
                nps,2026-09,32,
                defects,2026-08,6,
                defects,2026-09,4,
                training,2026-08,7,
                training,2026-09,9,
                """);
        d.write("initiatives/academy.md", "---\nname: Academy\nowner: Lars\nstatus: active\nobjectives: [l1]\n"
                + "start: 2026-01-01\ndue: 2026-12-31\nmilestones:\n  - name: Pilot qxmilestone done\n    due: 2026-06-30\n"
                + "    done: true\n---\nThe qxinitiativebody plan.\n");
        d.write("okrs/2026-Q3.yaml", "objectives:\n  - id: grow\n    name: Grow qxokr\n    owner: Lars\n    supports: [f1]\n"
                + "    key-results:\n      - name: Win qxkeyresult logos\n        from: 0\n        to: 10\n        current: 4\n");
        d.write("reviews/2026-Q3.md", "---\ndate: 2026-10-10\nattendees: [Quintus Sentinelli]\n"
                + "decisions: [Adopt qxdecision now]\ncommentary:\n  c1: Customers qxcommentary said so; ask Quintus Sentinelli.\n---\n"
                + "Minutes qxminutes here.\n");
        d.write("units/sales/strategy.yaml", "name: Sales\nmission: Sell with qxunitmission.\n");
        d.write("units/sales/objectives/win.md", "---\nname: Win deals\nperspective: customer\nsupports: [c1]\n---\n"
                + "Because qxunitrationale.\n");
        d.write("units/sales/measures/win-rate.yaml", "name: Win rate\nobjective: win\nkind: lagging\nfrequency: monthly\n"
                + "target: 65\ndescription: Share qxunitmeasure.\n");
        d.write("units/sales/measurements/sales.csv", "measure,period,value\nwin-rate,2026-09,70\n");
        d.write("units/sales/reviews/2026-Q3.md", "---\ndate: 2026-10-11\ncommentary:\n  win: Going qxunitcommentary well.\n---\nOk.\n");
        CheckResult checked = d.check();
        assertTrue(checked.strategy().isPresent(), "the strategy loads: " + checked.problems());
        return checked;
    }

    private Path render(CheckResult checked, Set<Redaction> omit, String name) throws Exception {
        Path out = Files.createDirectories(dir.resolve(name));
        new SiteRenderer(SiteOptions.defaults().withRedactions(omit), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });
        return out;
    }

    @Test
    void givenASentinelInEachKindOfTextWhenTheSiteIsBuiltThenEveryPageShowingItHasASearchDocumentWithIt() throws Exception {
        Path site = render(sentinelStrategy(), Set.of(), "site");

        Map<String, String> documents = searchDocuments(site);

        List<String> missing = new ArrayList<>();
        SHOWN_ON.forEach((word, pages) -> {
            for (String page : pages) {
                String html = read(site.resolve(page));
                assertTrue(html.contains(word), page + " shows " + word + " (else the fixture is wrong)");
                if (!documents.getOrDefault(page, "").toLowerCase(Locale.ROOT).contains(word)) {
                    missing.add(word + " shown on " + page + " but not in its search document");
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void givenAnEditionWithoutActualsAndOwnersWhenBuiltThenItsIndexHoldsNoNoteAndNoName() throws Exception {
        CheckResult checked = sentinelStrategy();
        String full = read(render(checked, Set.of(), "full").resolve("search-index.js"));
        String redacted = read(render(checked, Set.of(Redaction.ACTUALS, Redaction.OWNERS, Redaction.BUDGETS), "public")
                .resolve("search-index.js"));

        for (String withheld : List.of("qxnote", "Quintus", "Sentinelli")) {
            assertTrue(full.contains(withheld), "the full index has " + withheld);
            assertFalse(redacted.contains(withheld), "the public index has " + withheld);
        }
        assertTrue(redacted.contains("qxcommentary") && redacted.contains("qxmilestone"), "the rest stays searchable");
    }

    /** path -> title and text of its search document. */
    static Map<String, String> searchDocuments(Path site) throws Exception {
        String script = read(site.resolve("search-index.js"));
        String json = script.substring(script.indexOf('['), script.lastIndexOf(']') + 1);
        Map<String, String> documents = new LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            Map<String, String> doc = new LinkedHashMap<>();
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    doc = new LinkedHashMap<>();
                } else if (t == JsonToken.VALUE_STRING) {
                    doc.put(p.currentName(), p.getText());
                } else if (t == JsonToken.END_OBJECT) {
                    documents.put(doc.get("path"), doc.get("title") + " " + doc.get("text"));
                }
            }
        }
        return documents;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
