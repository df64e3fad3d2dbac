package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A count of one is said in the singular in every language shipped: the cjk-names fixture's two units have one
 * objective each (shown on the company's home page) and the company has one initiative (the Gantt chart's
 * description on its initiatives page). Before: "1 objectives", "1 initiatives", "1 Ziele", "1 Initiativen".
 */
class CountLabelsTest {

    private static final Path CJK_NAMES = Path.of("src/test/resources/strategies/cjk-names");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, objective, objectives, initiative from, initiatives",
            "de, Ziel, Ziele, Initiative von, Initiativen"})
    void givenUnitsWithOneObjectiveAndACompanyWithOneInitiativeWhenBuiltThenEachCountIsSingular(String language, String objective,
            String objectives, String initiativeFrom, String initiatives) throws Exception {
        // given / when
        Path site = build(Locale.forLanguageTag(language));

        // then
        String home = Files.readString(site.resolve("index.html"));
        assertTrue(home.contains(">1 " + objective + "</p>"), "a unit card says 1 " + objective);
        assertFalse(countOfOne(objectives).matcher(home).find(), "no '1 " + objectives + "'");
        String gantt = initiativesPage(site);
        assertTrue(gantt.contains("1 " + initiativeFrom + " "), "the Gantt chart's description says 1 " + initiativeFrom);
        assertFalse(countOfOne(initiatives).matcher(gantt).find(), "no '1 " + initiatives + "'");
    }

    /** "1 {noun}" not preceded by a digit or a decimal mark (so "11 objectives" is not a match). */
    private static Pattern countOfOne(String noun) {
        return Pattern.compile("(?<![\\d.,])1 " + noun + "\\b");
    }

    private static String initiativesPage(Path site) throws Exception {
        return Files.readString(site.resolve("initiatives/index.html"));
    }

    private Path build(Locale locale) throws Exception {
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(CJK_NAMES);
        Path out = Files.createDirectories(dir.resolve(locale.getLanguage()));
        new SiteRenderer(SiteOptions.defaults().withLocale(locale), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });
        return out;
    }
}
