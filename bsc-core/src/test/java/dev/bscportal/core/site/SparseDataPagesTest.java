package dev.bscportal.core.site;

import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.score.Coverage;
import dev.bscportal.core.score.ScorecardScores;
import dev.bscportal.core.testing.StrategyDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages of strategies with sparse or no data say what their scores are based on, and show nothing broken. */
class SparseDataPagesTest {

    private static final Path SPARSE = Path.of("src/test/resources/strategies/sparse-data");

    @TempDir
    Path dir;

    private record Site(CheckResult checked, Path out) {
        Document page(String relative) throws Exception {
            return Jsoup.parse(Files.readString(out.resolve(relative)));
        }

        ScorecardScores company() {
            return checked.scores().orElseThrow().company();
        }
    }

    private Site render(Path strategy) throws Exception {
        CheckResult checked = StrategyDir.empty(strategy).check();
        assertTrue(checked.strategy().isPresent(), () -> "the strategy loads: " + checked.problems());
        Path out = Files.createDirectories(dir.resolve("site"));
        new SiteRenderer(SiteOptions.defaults(), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });
        return new Site(checked, out);
    }

    /** The valid small strategy without any measurement: a city still baselining. */
    private Path noData() {
        return StrategyDir.valid(dir.resolve("src")).delete("measurements/actuals.csv").path();
    }

    @Test
    void givenASparseStrategy_whenRendered_thenEveryRollUpSaysHowManyOfItsMeasuresItIsBasedOn() throws Exception {
        Site site = render(SPARSE);
        Coverage company = site.company().coverage();
        assertTrue(company.provisional(), "the sparse fixture has data for a few of its measures: " + company);

        String expected = "from " + company.scored() + " of " + company.total() + " measures";
        Document home = site.page("index.html");
        assertTrue(home.select(".org-score").text().contains(expected), home.select(".org-score").text());
        Document scorecard = site.page("scorecard.html");
        assertTrue(scorecard.select("p.lead").text().contains(expected), scorecard.select("p.lead").text());

        String perspectiveId = site.checked().strategy().orElseThrow().company().perspectives().stream()
                .filter(p -> !site.company().perspective(p.id()).orElseThrow().coverage().empty())
                .findFirst().orElseThrow().id();
        Coverage perspective = site.company().perspective(perspectiveId).orElseThrow().coverage();
        assertTrue(site.page("perspectives/" + perspectiveId + ".html").text()
                .contains("from " + perspective.scored() + " of " + perspective.total() + " measures"));

        String objectiveId = site.company().objectives().values().stream()
                .filter(o -> !o.coverage().empty()).findFirst().orElseThrow().objectiveId();
        Coverage objective = site.company().objective(objectiveId).coverage();
        assertTrue(site.page("objectives/" + objectiveId + ".html").select(".summary").text()
                .contains("from " + objective.scored() + " of " + objective.total() + " measures"));
    }

    @Test
    void givenFewerThanHalfOfTheMeasuresScored_whenRendered_thenTheHeroIsMarkedProvisionalAndNotABigNumber() throws Exception {
        Site site = render(SPARSE);
        Document home = site.page("index.html");

        assertEquals(1, home.select(".org-score.org-score-provisional").size());
        assertTrue(home.select(".org-score-value").isEmpty(), "no big hero number");
        assertEquals("Provisional", home.select(".org-score .tag-provisional").text());
    }

    @Test
    void givenNoMeasurementsAtAll_whenRendered_thenTheHomePageHasTheMapAndNoScoreHeroOrTableOfZeros() throws Exception {
        Site site = render(noData());
        Document home = site.page("index.html");

        assertFalse(home.text().contains("–/10"), "no dash out of ten anywhere");
        assertTrue(home.select(".org-score").isEmpty(), "no score hero");
        assertTrue(home.select("table.counts").isEmpty(), "no table of zero counts");
        assertTrue(home.select(".notice-nodata").text().startsWith("No measurements yet."));
        assertEquals(1, home.select("#map-h").size(), "the map section is there");
        assertEquals(4, home.select(".map-text li").size(), "the objectives are listed");
    }

    @Test
    void givenNoMeasurementsAtAll_whenRendered_thenTheScorecardLeavesOutTheColumnsOfValues() throws Exception {
        Site site = render(noData());
        Document scorecard = site.page("scorecard.html");

        assertEquals(java.util.List.of("Objective / Measure", "Status", "Target"),
                scorecard.select("table.scorecard thead th").eachText());
        assertTrue(scorecard.select("svg").isEmpty(), "no empty sparklines");
        assertFalse(scorecard.text().contains("–/10"));
        assertTrue(scorecard.select("p.lead").text().contains("No score yet: none of the 4 measures has data"));
        for (String page : java.util.List.of("objectives/c1.html", "perspectives/customer.html", "measures/nps.html")) {
            assertFalse(site.page(page).text().contains("–/10"), page);
        }
    }

    @Test
    void givenNoMeasurementsAtAll_whenRendered_thenNeedsAttentionListsTheMeasuresWithoutDataAndNeverSaysAllIsCurrent() throws Exception {
        Site site = render(noData());
        Document home = site.page("index.html");

        assertEquals("Measures without data yet (4)", home.select(".attention-nodata summary").text());
        assertEquals(4, home.select(".attention-nodata li").size());
        assertFalse(home.text().contains("all data is current"));
    }

    @Test
    void givenOneMeasureWithoutData_whenRendered_thenNeedsAttentionNamesItAndDoesNotSayAllIsCurrent() throws Exception {
        Path src = StrategyDir.valid(dir.resolve("src")).write("measurements/actuals.csv", """
                measure,period,value
                revenue,2026-09,104
                nps,2026-09,32
                defects,2026-09,4
                """).path();
        Document home = render(src).page("index.html");

        assertEquals("Measures without data yet (1)", home.select(".attention-nodata summary").text());
        assertEquals("training", home.select(".attention-nodata li").text().toLowerCase(java.util.Locale.ROOT).replace("measure ", ""));
        assertFalse(home.text().contains("all data is current"));
    }

    @Test
    void givenAMilestoneDueBeforeTheEndOfTheAsOfPeriodAndNotDone_whenRendered_thenNeedsAttentionListsItAsOverdue() throws Exception {
        Path src = StrategyDir.valid(dir.resolve("src")).write("initiatives/academy.md", """
                ---
                name: Academy
                owner: Lars
                status: active
                objectives: [l1]
                milestones:
                  - name: Curriculum
                    due: 2026-09-15
                  - name: First cohort
                    due: 2026-09-20
                    done: true
                  - name: Second cohort
                    due: 2026-10-01
                ---
                Train everyone.
                """).path();
        Document home = render(src).page("index.html");

        assertEquals(java.util.List.of("Academy milestone Curriculum was due Sep 15, 2026"),
                home.select("ul.attention li").eachText().stream().filter(t -> t.contains("milestone")).toList(),
                "as of 2026-09: the done one and the one due in October are not overdue");
    }

    @Test
    void givenNoOkrsReviewsOrOwnersPages_whenRendered_thenTheNavigationLeavesEmptySectionsOut() throws Exception {
        Site site = render(noData());

        for (String page : java.util.List.of("index.html", "scorecard.html", "objectives/c1.html")) {
            java.util.List<String> nav = site.page(page).select("nav.mainnav a").eachText();
            assertFalse(nav.contains("OKRs"), page + ": " + nav);
            assertFalse(nav.contains("Reviews"), page + ": " + nav);
            assertTrue(nav.contains("Initiatives"), "there is one initiative: " + nav);
        }
        assertTrue(site.page("okrs/index.html").select("nav.mainnav a[aria-current=page]").hasText(),
                "the empty section's own page still marks itself in the navigation");
    }

    @Test
    void givenNoAsOfPeriod_whenRendered_thenNoFooterStartsOrEndsWithASeparator() throws Exception {
        Site site = render(noData());

        for (String page : java.util.List.of("index.html", "scorecard.html", "measures/nps.html", "okrs/index.html")) {
            String footer = site.page(page).select("footer.footer p").text();
            assertEquals("Published with bsc-maven-plugin", footer, page);
        }
    }

    @Test
    void givenAMeasureWithoutData_whenRendered_thenItsPageSaysSoInsteadOfAnEmptyChart() throws Exception {
        Site site = render(noData());
        Document measure = site.page("measures/nps.html");

        assertTrue(measure.select(".chart-wrap, #chart-h").isEmpty(), "no empty chart");
        assertEquals("No measurements yet.", measure.select("#values-h + p").text());
        assertEquals("No data Target 30", measure.select(".summary").text().replaceAll("\\s+", " ").replace("○ ", ""),
                "no actual or score of nothing");
    }

    @Test
    void givenRollUpsOverOneMeasure_whenRendered_thenTheCoverageIsWrittenInTheSingular() throws Exception {
        Path src = StrategyDir.valid(dir.resolve("src")).write("measurements/actuals.csv", """
                measure,period,value
                revenue,2026-09,104
                """).path();
        Site site = render(src);

        assertTrue(site.page("objectives/f1.html").select(".summary").text().contains("from 1 of 1 measure"),
                site.page("objectives/f1.html").select(".summary").text());
        assertFalse(site.page("objectives/f1.html").text().contains("1 of 1 measures"));
        assertTrue(site.page("objectives/c1.html").select(".summary").text().contains("No score yet: its one measure has no data"),
                site.page("objectives/c1.html").select(".summary").text());
        assertTrue(site.page("index.html").select(".org-score").text().contains("from 1 of 4 measures"));
    }

    @Test
    void givenMoreMeasuresWithoutDataThanTheHomePageLists_whenRendered_thenItListsFiftyAndSaysHowManyMore() throws Exception {
        StrategyDir dirWithMany = StrategyDir.valid(dir.resolve("src")).delete("measurements/actuals.csv");
        for (int i = 0; i < 56; i++) {
            dirWithMany.measure("extra-" + i, "c1", "lagging", "higher-is-better", 20, 30, 40);
        }
        Document home = render(dirWithMany.path()).page("index.html");

        assertEquals("Measures without data yet (60)", home.select(".attention-nodata summary").text());
        assertEquals(ScorecardView.HOME_ATTENTION_LIMIT, home.select(".attention-nodata li").size());
        assertEquals("and 10 more: see the scorecard", home.select("#attention-h ~ p a").text());
    }

    @Test
    void givenAnEditionWithoutActuals_whenRendered_thenRollUpsSayWhatTheyAreBasedOnButWithholdTheNumber() throws Exception {
        CheckResult checked = StrategyDir.empty(SPARSE).check();
        Path out = Files.createDirectories(dir.resolve("edition"));
        new SiteRenderer(SiteOptions.defaults().withRedactions(java.util.Set.of(Redaction.ACTUALS)), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });
        Coverage company = checked.scores().orElseThrow().company().coverage();
        String score = String.format(java.util.Locale.ROOT, "%.1f", checked.scores().orElseThrow().company().score().getAsDouble());

        String hero = Jsoup.parse(Files.readString(out.resolve("index.html"))).select(".org-score").text();
        String lead = Jsoup.parse(Files.readString(out.resolve("scorecard.html"))).select("p.lead").text();

        assertTrue(hero.contains("from " + company.scored() + " of " + company.total() + " measures"), hero);
        assertFalse(hero.contains(score) || hero.contains("/10"), "the score is withheld: " + hero);
        assertTrue(lead.contains("from " + company.scored() + " of " + company.total() + " measures"), lead);
        assertFalse(lead.contains("/10"), lead);
    }
}
