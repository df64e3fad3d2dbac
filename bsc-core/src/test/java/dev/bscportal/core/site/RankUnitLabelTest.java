package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.testing.StrategyDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rank's unit on its measure page is said in the site's language ("Rang (#1 ist der erste)"), not the key word
 * {@code rank} of the strategy format, which a German page showed as it was written; other units stay as written.
 */
class RankUnitLabelTest {

    private static final Path LANDESAMT = Path.of("src/test/resources/strategies/landesamt-de");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"de,rang-digitalindex,Rang (#1 ist der erste)", "en,rang-digitalindex,Rank (#1 is first)",
            "de,bearbeitungsdauer,Tage", "de,kosten-je-vorgang,€"})
    void theUnitOfAMeasurePageIsSaidInTheSitesLanguage(String language, String measure, String shown) throws Exception {
        // given the German public body's strategy, with a rank and units written in German
        CheckResult checked = StrategyDir.empty(LANDESAMT).check();
        Path out = Files.createDirectories(dir.resolve(language));

        // when its site is rendered in that language
        new SiteRenderer(SiteOptions.defaults().withLocale(Locale.forLanguageTag(language)), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });

        // then the fact sheet's unit reads as expected
        Document page = Jsoup.parse(Files.readString(out.resolve("measures/" + measure + ".html")));
        String unit = page.select("dt").stream().filter(dt -> dt.text().equals(language.equals("de") ? "Einheit" : "Unit"))
                .findFirst().orElseThrow().nextElementSibling().text();
        assertEquals(shown, unit);
        assertTrue(!page.text().contains(" rank "), page.text());
    }
}
