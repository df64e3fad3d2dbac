package dev.bscportal.core.site;

import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.redact.Redactor;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An audience profile's site contains none of the withheld values, in any file. */
public class RedactionTest {

    @TempDir
    Path dir;

    /** A strategy with unmistakable values: an actual, a budget and a person's name also used in free text. */
    private CheckResult sentinelStrategy() {
        return sentinelStrategy(dir);
    }

    /** The sentinel strategy, written under {@code dir}; other outputs of an edition (the briefing book) check it too. */
    public static CheckResult sentinelStrategy(Path dir) {
        return StrategyDir.valid(dir.resolve("src"))
                .write("objectives/f1.md", "---\nname: Objective f1\nperspective: financial\nowner: Zebulon Quartermaine\n"
                        + "owner-label: ZQmarker\ndrives: []\n---\nWhy f1 matters.\n")
                .write("measurements/sentinel.csv", "measure,period,value,note\nrevenue,2026-10,987654.321,Sentinel note\n")
                .write("measures/revenue.yaml", "name: Revenue\nobjective: f1\nkind: lagging\nthreshold: 80\ntarget: 100\n"
                        + "stretch: 120\nowner: Zebulon Quartermaine\nbaseline:\n  value: 55555.5\n  period: 2025-01\n")
                .write("initiatives/academy.md", "---\nname: Academy\nowner: Zebulon Quartermaine\nsponsor: Xaviera Brightwater\n"
                        + "status: active\nobjectives: [l1]\nbudget:\n  planned: 7777777\n  spent: 3333333\n  currency: EUR\n---\n"
                        + "Ask Zebulon Quartermaine about it.\n")
                .write("reviews/2026-Q3.md", "---\ndate: 2026-10-10\nattendees: [Xaviera Brightwater]\n"
                        + "decisions: [Xaviera Brightwater to report in Q4]\n---\nZebulon Quartermaine presented.\n")
                .check();
    }

    private Path render(CheckResult checked, Set<Redaction> omit, String name) throws Exception {
        Path out = Files.createDirectories(dir.resolve(name));
        new SiteRenderer(SiteOptions.defaults().withRedactions(omit), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });
        return out;
    }

    private static List<String> filesContaining(Path site, List<String> values) throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                for (String v : values) {
                    if (text.contains(v)) {
                        found.add(site.relativize(f) + " contains " + v);
                    }
                }
            }
        }
        return found;
    }

    /** Every form of the sentinel values that an edition without actuals, budgets and owners may not contain. */
    public static final List<String> WITHHELD = List.of("987654", "987,654", "55555", "55,555", "7777777", "7,777,777",
            "3333333", "3,333,333", "Zebulon", "Quartermaine", "Xaviera", "Brightwater", "Sentinel note", "ZQmarker");

    @Test
    void anOwnerLabelIsOnTheMapBoxOfTheFullEditionAndNotOfOneWithoutOwners() {
        // given the sentinel strategy, whose f1 carries owner-label ZQmarker
        CheckResult checked = sentinelStrategy();
        dev.bscportal.core.model.Strategy full = checked.strategy().orElseThrow();
        dev.bscportal.core.model.Strategy redacted = Redactor.apply(full, EnumSet.of(Redaction.OWNERS));
        java.util.Map<dev.bscportal.core.score.Status, String> names = new java.util.EnumMap<>(dev.bscportal.core.score.Status.class);
        for (dev.bscportal.core.score.Status st : dev.bscportal.core.score.Status.values()) {
            names.put(st, st.label());
        }
        dev.bscportal.core.maps.StrategyMapDot maps = new dev.bscportal.core.maps.StrategyMapDot(
                new dev.bscportal.core.maps.MapText(names, "Score", "no score"));

        // when the map source of each edition is written
        String fullDot = maps.scorecardMap(full.company(), checked.scores().orElseThrow().company(), "").dot();
        String redactedDot = maps.scorecardMap(redacted.company(), checked.scores().orElseThrow().company(), "").dot();

        // then only the full edition shows the marker (or any owner)
        assertTrue(fullDot.contains(" · ZQmarker<"), fullDot);
        assertEquals(List.of(), WITHHELD.stream().filter(redactedDot::contains).toList());
        assertFalse(redactedDot.contains(" · "), "an owner marker in the edition without owners");
    }

    @Test
    void theFullSiteShowsTheValuesSoTheCheckCanSeeThem() throws Exception {
        Path full = render(sentinelStrategy(), Set.of(), "full");

        List<String> found = filesContaining(full, WITHHELD);

        for (String v : List.of("987,654", "7,777,777", "Zebulon", "Xaviera", "Sentinel note")) {
            assertTrue(found.stream().anyMatch(f -> f.endsWith(" " + v)), v + " appears in the full site: " + found);
        }
    }

    @Test
    void aPublicProfileContainsNoActualBudgetOrNameAnywhereIncludingSearchAndJson() throws Exception {
        CheckResult checked = sentinelStrategy();

        Path redacted = render(checked, EnumSet.allOf(Redaction.class), "public");

        assertEquals(List.of(), filesContaining(redacted, WITHHELD));
        String measure = Files.readString(redacted.resolve("measures/revenue.html"));
        assertTrue(measure.contains("status-" + checked.scores().orElseThrow().company().measure("revenue").status().id()),
                "the status is still shown");
        assertTrue(Files.readString(redacted.resolve("strategy.json")).contains("\"status\""));
    }

    @Test
    void givenAnOwnerChangeWhenThePublicProfileShowsWhatChangedThenNeitherTheOldNorTheNewOwnerIsNamed() throws Exception {
        CheckResult checked = sentinelStrategy();
        dev.bscportal.core.history.ChangeReport changes = new dev.bscportal.core.history.ChangeReport("2026-Q2",
                "0123456789abcdef0123456789abcdef01234567", List.of(
                        new dev.bscportal.core.history.Change(dev.bscportal.core.history.Change.Kind.CHANGED, "measure", "",
                                "revenue", "Revenue", "owner", "Xaviera Brightwater", "Zebulon Quartermaine"),
                        new dev.bscportal.core.history.Change(dev.bscportal.core.history.Change.Kind.RENAMED, "initiative", "",
                                "academy", "Academy of Zebulon Quartermaine", "name", "Academy", "Academy of Zebulon Quartermaine")));
        Path full = Files.createDirectories(dir.resolve("full-changes"));
        Path redacted = Files.createDirectories(dir.resolve("public-changes"));
        new SiteRenderer(SiteOptions.defaults(), Optional.empty(), false).render(checked.strategy().orElseThrow(),
                checked.scores().orElseThrow(), Optional.of(changes), full, n -> { });
        new SiteRenderer(SiteOptions.defaults().withRedactions(Set.of(Redaction.OWNERS)), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), Optional.of(changes), redacted, n -> { });

        assertTrue(Files.readString(full.resolve("changes.html")).contains("Zebulon Quartermaine"), "the full site names them");
        assertEquals(List.of(), filesContaining(redacted, List.of("Zebulon", "Quartermaine", "Xaviera", "Brightwater")));
        assertTrue(Files.readString(redacted.resolve("changes.html")).contains("Academy of"), "the change itself stays");
    }
}
