package dev.bscportal.core.build;

import dev.bscportal.core.options.InvalidOptionException;
import dev.bscportal.core.options.SiteSettings;
import dev.bscportal.core.testing.StrategyDir;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build pipeline without Maven: what bsc:build does, on real strategies. */
class SiteBuildTest {

    @TempDir
    Path dir;

    private BuildOptions.Builder options(Path strategy) {
        return BuildOptions.builder(strategy, dir.resolve("target/strategy-site")).baseDirectory(dir).workDirectory(dir.resolve("target"));
    }

    /** A strategy with one warning (BSC104-style advice): a measure without a description of why. */
    private StrategyDir strategyWithWarning() {
        return StrategyDir.valid(dir.resolve("src/strategy"))
                .write("measures/orphan.yaml", "name: Orphan\nobjective: c1\nkind: lagging\nthreshold: 1\ntarget: 2\nstretch: 3\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../example-strategy/src/strategy", "src/test/resources/strategies/airline",
            "src/test/resources/strategies/public-sector", "src/test/resources/strategies/sparse-data",
            "src/test/resources/strategies/landesamt-de", "src/test/resources/strategies/startup-okrs"})
    void givenARealStrategy_whenBuiltTwice_thenTheFirstPublishesEveryEditionAndTheSecondSkipsAsUpToDate(String source) throws Exception {
        Path strategy = TreeCopy.copy(Path.of(source), dir.resolve("src/strategy"));
        BuildOptions options = options(strategy).editions(List.of(Edition.of("public", "actuals,budgets,owners"))).build();

        RecordingLog firstLog = new RecordingLog();
        BuildResult first = new SiteBuild(options, firstLog).build();

        assertFalse(first.upToDate());
        assertTrue(first.pages() > 10, "pages: " + first.pages());
        assertEquals(List.of(dir.resolve("target/strategy-site"), dir.resolve("target/strategy-site-public")), first.editions());
        assertTrue(Files.isRegularFile(dir.resolve("target/strategy-site/index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("target/strategy-site-public/index.html")));
        assertEquals(1, firstLog.checks.size(), "the strategy is checked once for all editions");
        Map<String, String> published = Sites.files(dir.resolve("target/strategy-site"));

        RecordingLog secondLog = new RecordingLog();
        BuildResult second = new SiteBuild(options, secondLog).build();

        assertTrue(second.upToDate());
        assertEquals(List.of(), secondLog.checks, "an up-to-date build does not load the strategy");
        assertEquals(first.warnings(), second.warnings());
        assertEquals(published, Sites.files(dir.resolve("target/strategy-site")));
        assertTrue(second.summary(options.outputDirectory()).startsWith("Strategy site is up to date"));
    }

    @Test
    void givenAnUnchangedStrategyWithAWarning_whenRebuilt_thenTheSkippedBuildRepeatsTheSameWarningLines() throws Exception {
        StrategyDir strategy = strategyWithWarning();
        BuildOptions options = options(strategy.path()).build();
        RecordingLog firstLog = new RecordingLog();
        BuildResult first = new SiteBuild(options, firstLog).build();
        assertFalse(first.problems().isEmpty(), "the fixture has a warning");
        ProblemLines lines = new ProblemLines(strategy.path(), dir);
        List<String> warningLines = first.problems().stream().map(lines::line).toList();

        RecordingLog secondLog = new RecordingLog();
        BuildResult second = new SiteBuild(options, secondLog).build();

        assertTrue(second.upToDate());
        assertEquals(List.of(warningLines), secondLog.unchanged);
        assertTrue(warningLines.get(0).startsWith("src/strategy/"), "paths relative to the project: " + warningLines.get(0));
    }

    @Test
    void givenAPublishedSite_whenAFileOrASettingOrAnEditionChanges_thenTheNextBuildIsNotSkipped() throws Exception {
        StrategyDir strategy = strategyWithWarning();
        new SiteBuild(options(strategy.path()).build(), BuildLog.silent()).build();

        strategy.write("objectives/f1.md", Files.readString(strategy.path().resolve("objectives/f1.md")).replace("Why f1", "Why F1"));
        assertFalse(new SiteBuild(options(strategy.path()).build(), BuildLog.silent()).build().upToDate(), "a strategy file changed");
        assertFalse(new SiteBuild(options(strategy.path()).site(new SiteSettings("Other title", "en", Optional.empty(), null, null,
                null, null, false)).build(), BuildLog.silent()).build().upToDate(), "the title changed");
        BuildOptions withEdition = options(strategy.path()).editions(List.of(Edition.of("public", "owners"))).build();
        assertFalse(new SiteBuild(withEdition, BuildLog.silent()).build().upToDate(), "an edition was added");
        assertTrue(new SiteBuild(withEdition, BuildLog.silent()).build().upToDate(), "nothing changed");
        BuildOptions otherOmission = options(strategy.path()).editions(List.of(Edition.of("public", "budgets"))).build();
        assertFalse(new SiteBuild(otherOmission, BuildLog.silent()).build().upToDate(), "the edition omits other sections");
    }

    @Test
    void givenAPublishedSite_whenNothingChanged_thenUpToDateAnswersWithoutCheckingAndRepeatsTheWarnings() throws Exception {
        StrategyDir strategy = strategyWithWarning();
        BuildOptions options = options(strategy.path()).editions(List.of(Edition.of("public", "owners"))).build();
        assertTrue(new SiteBuild(options, BuildLog.silent()).upToDate().isEmpty(), "no site yet");
        BuildResult first = new SiteBuild(options, BuildLog.silent()).build();
        Map<String, String> published = Sites.files(dir.resolve("target/strategy-site"));

        RecordingLog log = new RecordingLog();
        Optional<BuildResult> skipped = new SiteBuild(options, log).upToDate();

        assertTrue(skipped.isPresent());
        assertTrue(skipped.get().upToDate());
        assertEquals(List.of(), log.checks, "the strategy is not loaded");
        ProblemLines lines = new ProblemLines(strategy.path(), dir);
        assertEquals(List.of(first.problems().stream().map(lines::line).toList()), log.unchanged);
        assertEquals(published, Sites.files(dir.resolve("target/strategy-site")));
    }

    /** Each kind of input the fingerprint covers, changed on its own after a build: none may be taken as "nothing changed". */
    @Test
    void givenAPublishedSite_whenAnyKindOfInputChanges_thenUpToDateSaysTheBuildMustRun() throws Exception {
        StrategyDir strategy = strategyWithWarning();
        Path templates = dir.resolve("src/site-template");
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/extra.css"), "body { color: #111; }\n");
        SiteSettings settings = new SiteSettings(null, "en", Optional.of(templates), null, null, null, null, false);
        BuildOptions built = options(strategy.path()).site(settings).editions(List.of(Edition.of("public", "owners"))).build();
        new SiteBuild(built, BuildLog.silent()).build();
        assertTrue(new SiteBuild(built, BuildLog.silent()).upToDate().isPresent(), "the same inputs");

        Map<String, BuildOptions> variants = new java.util.LinkedHashMap<>();
        variants.put("locale", built.toBuilder().site(new SiteSettings(null, "de", Optional.of(templates), null, null, null, null, false)).build());
        variants.put("title", built.toBuilder().site(new SiteSettings("Other", "en", Optional.of(templates), null, null, null, null, false)).build());
        variants.put("build id", built.toBuilder().site(new SiteSettings(null, "en", Optional.of(templates), null, "ci-42", null, null, false)).build());
        variants.put("raw HTML", built.toBuilder().site(new SiteSettings(null, "en", Optional.of(templates), null, null, null, null, true)).build());
        variants.put("briefing books", built.toBuilder().books(dev.bscportal.core.book.BookSize.A4).build());
        variants.put("map engine", built.toBuilder().engine("embedded").build());
        variants.put("compareTo", built.toBuilder().compareTo("HEAD").build());
        variants.put("failOnWarnings", built.toBuilder().check(RuleCodes.checkOptions(List.of(), true)).build());
        variants.put("disabledRules", built.toBuilder().check(RuleCodes.checkOptions(List.of("BSC106"), false)).build());
        variants.put("no edition", built.toBuilder().editions(List.of()).build());
        variants.put("another edition", built.toBuilder().editions(List.of(Edition.of("public", "owners"), Edition.of("board", "budgets"))).build());
        variants.put("what an edition omits", built.toBuilder().editions(List.of(Edition.of("public", "budgets"))).build());
        variants.put("plugin code", built.toBuilder().adapter(SiteBuildTest.class).build());
        variants.forEach((kind, options) -> {
            try {
                assertTrue(new SiteBuild(options, BuildLog.silent()).upToDate().isEmpty(), kind);
            } catch (BuildException e) {
                throw new AssertionError(kind, e);
            }
        });

        Files.writeString(templates.resolve("assets/extra.css"), "body { color: #222; }\n");
        assertTrue(new SiteBuild(built, BuildLog.silent()).upToDate().isEmpty(), "a template override file changed");
        Files.writeString(templates.resolve("assets/extra.css"), "body { color: #111; }\n");
        assertTrue(new SiteBuild(built, BuildLog.silent()).upToDate().isPresent(), "the override as it was");
        strategy.write("measures/orphan-two.yaml", "name: Orphan two\nobjective: c1\nkind: lagging\nthreshold: 1\ntarget: 2\nstretch: 3\n");
        assertTrue(new SiteBuild(built, BuildLog.silent()).upToDate().isEmpty(), "a strategy file was added");
        Files.delete(strategy.path().resolve("measures/orphan-two.yaml"));
        assertTrue(new SiteBuild(built, BuildLog.silent()).upToDate().isPresent(), "the strategy as it was");
        Files.delete(dir.resolve("target/bsc-last-check.txt"));
        assertTrue(new SiteBuild(built, BuildLog.silent()).upToDate().isEmpty(), "the record of the check is gone");
    }

    @Test
    void givenAPublishedSite_whenTheStrategyGetsAnError_thenTheBuildStopsAndEveryPublishedEditionIsUntouched() throws Exception {
        StrategyDir strategy = strategyWithWarning();
        BuildOptions options = options(strategy.path()).editions(List.of(Edition.of("public", "actuals"))).build();
        new SiteBuild(options, BuildLog.silent()).build();
        Map<String, String> site = Sites.files(dir.resolve("target/strategy-site"));
        Map<String, String> edition = Sites.files(dir.resolve("target/strategy-site-public"));
        strategy.write("measures/nps.yaml", "name: NPS\nobjective: no-such-objective\nkind: lagging\n");

        RecordingLog log = new RecordingLog();
        BuildException failure = assertThrows(BuildException.class, () -> new SiteBuild(options, log).build());

        assertTrue(failure.getMessage().contains("error(s); see the list above"), failure.getMessage());
        assertEquals(1, log.checks.size());
        assertFalse(log.checks.get(0).errors().isEmpty(), "the errors were reported before the build stopped");
        assertEquals(site, Sites.files(dir.resolve("target/strategy-site")));
        assertEquals(edition, Sites.files(dir.resolve("target/strategy-site-public")));
        assertFalse(Files.exists(dir.resolve("target/bsc-last-check.txt")), "a failed build leaves no record to skip the next one");
    }

    @Test
    void givenNoSiteYet_whenTheCheckFails_thenNothingIsWritten() {
        StrategyDir strategy = StrategyDir.valid(dir.resolve("src/strategy")).write("strategy.yaml", "name: [unclosed\n");

        assertThrows(BuildException.class, () -> new SiteBuild(options(strategy.path()).build(), BuildLog.silent()).build());

        assertFalse(Files.exists(dir.resolve("target/strategy-site")));
    }

    @Test
    void givenAnEditionThatOmitsSections_whenBuilt_thenItsFilesLackThemAndTheFullSiteHasThem() throws Exception {
        StrategyDir strategy = StrategyDir.valid(dir.resolve("src/strategy"))
                .write("objectives/f1.md", "---\nname: Objective f1\nperspective: financial\nowner: Zebulon Quartermaine\n"
                        + "drives: []\n---\nWhy f1 matters.\n")
                .write("initiatives/academy.md", "---\nname: Academy\nowner: Xaviera Brightwater\nstatus: active\n"
                        + "objectives: [l1]\nbudget:\n  planned: 7777777\n  spent: 3333333\n  currency: EUR\n---\nTrain.\n")
                .write("measurements/actuals.csv", "measure,period,value\nrevenue,2026-09,987654.321\n");
        BuildOptions options = options(strategy.path()).editions(List.of(Edition.of("public", "owners, budgets"),
                Edition.of("no-actuals", "actuals"))).build();

        RecordingLog log = new RecordingLog();
        new SiteBuild(options, log).build();

        Map<String, String> full = Sites.files(dir.resolve("target/strategy-site"));
        Map<String, String> open = Sites.files(dir.resolve("target/strategy-site-public"));
        Map<String, String> noActuals = Sites.files(dir.resolve("target/strategy-site-no-actuals"));
        assertTrue(Sites.anyContains(full, "Zebulon Quartermaine"), "the full site shows owners");
        assertTrue(Sites.anyContains(full, "7,777,777"), "the full site shows budgets");
        assertTrue(Sites.anyContains(full, "987,654"), "the full site shows actuals");
        assertFalse(Sites.anyContains(open, "Zebulon Quartermaine"), "owners are left out");
        assertFalse(Sites.anyContains(open, "Xaviera Brightwater"), "owners are left out");
        assertFalse(Sites.anyContains(open, "7777777") || Sites.anyContains(open, "7,777,777"), "budgets are left out");
        assertTrue(Sites.anyContains(noActuals, "Zebulon Quartermaine"), "the other edition keeps owners");
        assertFalse(Sites.anyContains(noActuals, "987654") || Sites.anyContains(noActuals, "987,654"), "actuals are left out");
        assertTrue(log.infos.contains("Audience public (without [budgets, owners]) -> " + dir.resolve("target/strategy-site-public")),
                String.valueOf(log.infos));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Public", "pub lic", "-public", "../up", "public/x"})
    void givenAnEditionNameThatIsNotLowerCaseLettersDigitsAndHyphens_whenConfigured_thenItIsRefused(String name) {
        InvalidOptionException refused = assertThrows(InvalidOptionException.class, () -> Edition.of(name, "owners"));
        assertTrue(refused.getMessage().contains("lower-case letters, digits and hyphens"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"salaries", "owner", "actuals;budgets"})
    void givenAnEditionThatOmitsAnUnknownSection_whenConfigured_thenTheMessageNamesTheSectionsThatExist(String omit) {
        InvalidOptionException refused = assertThrows(InvalidOptionException.class, () -> Edition.of("public", omit));
        assertTrue(refused.getMessage().contains("use actuals, budgets or owners"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphviz", "neato", "dot; rm"})
    void givenAnUnknownMapEngine_whenBuilt_thenTheBuildStopsBeforeWritingAndNamesTheEngines(String engine) {
        StrategyDir strategy = StrategyDir.valid(dir.resolve("src/strategy"));

        BuildException failure = assertThrows(BuildException.class,
                () -> new SiteBuild(options(strategy.path()).engine(engine).build(), BuildLog.silent()).build());

        assertTrue(failure.getMessage().contains("use auto, dot or embedded"), failure.getMessage());
        assertFalse(Files.exists(dir.resolve("target/strategy-site")));
    }

    @Test
    void givenAnOutputInsideTheStrategy_whenBuilt_thenTheBuildIsRefusedAndTheStrategyIsUntouched() throws Exception {
        StrategyDir strategy = StrategyDir.valid(dir.resolve("src/strategy"));
        Map<String, String> before = Sites.files(strategy.path());
        BuildOptions options = BuildOptions.builder(strategy.path(), strategy.path().resolve("site")).baseDirectory(dir).build();

        assertThrows(BuildException.class, () -> new SiteBuild(options, BuildLog.silent()).build());

        assertEquals(before, Sites.files(strategy.path()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BSC999", "BSC010", "nonsense"})
    void givenDisabledRulesThatAreUnknownOrErrors_whenMappedToCheckOptions_thenTheyAreRefused(String code) {
        InvalidOptionException refused = assertThrows(InvalidOptionException.class, () -> RuleCodes.checkOptions(List.of(code), false));
        assertEquals("disabledRules", refused.parameter());
    }

    @Test
    void givenWarningsSwitchedOffByCommaSeparatedEntries_whenChecked_thenTheyAreNotReported() throws Exception {
        StrategyDir strategy = strategyWithWarning();
        List<String> codes = new SiteBuild(options(strategy.path()).build(), BuildLog.silent()).check().warnings().stream()
                .map(p -> p.code().code()).distinct().toList();
        assertFalse(codes.isEmpty());

        BuildOptions quiet = options(strategy.path()).check(RuleCodes.checkOptions(List.of(String.join(", ", codes)), false)).build();

        assertEquals(List.of(), new SiteBuild(quiet, BuildLog.silent()).check().warnings());
    }
}
