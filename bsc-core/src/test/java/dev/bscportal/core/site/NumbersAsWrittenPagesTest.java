package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.testing.StrategyDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers an author writes without a unit (a key result's from, to and current, an objective's weight) are shown
 * as written, in the site's language: {@code 3}, never {@code 3.0}; {@code 2.25}, never {@code 2.3}; {@code 0,75}
 * in German, never {@code 0,8}. They were written with one decimal whatever they held.
 */
class NumbersAsWrittenPagesTest {

    private static final Path STARTUP = Path.of("src/test/resources/strategies/startup-okrs");
    private static final Path LANDESAMT = Path.of("src/test/resources/strategies/landesamt-de");

    @TempDir
    Path dir;

    private Path render(Path strategy, Locale locale) throws Exception {
        CheckResult checked = StrategyDir.empty(strategy).check();
        assertTrue(checked.strategy().isPresent(), () -> "the strategy loads: " + checked.problems());
        Path out = Files.createDirectories(dir.resolve("site-" + locale));
        new SiteRenderer(SiteOptions.defaults().withLocale(locale), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });
        return out;
    }

    private static List<String> keyResultRow(Document okrs, String name) {
        Element row = okrs.select("table tr").stream().filter(r -> r.selectFirst("th") != null
                && r.selectFirst("th").text().startsWith(name)).findFirst().orElseThrow(() -> new AssertionError(name));
        return row.select("td.num").eachText();
    }

    @Test
    void keyResultsShowTheirNumbersAsWrittenInEnglish() throws Exception {
        // given OKRs with whole numbers (0 to 3, current 1) and decimals (36.5 to 2.25, current 4.75)
        // when the site is rendered in English
        Document okrs = Jsoup.parse(Files.readString(render(STARTUP, Locale.ENGLISH).resolve("okrs/index.html")));

        // then each number reads as its author wrote it
        assertEquals(List.of("0", "3", "1"), keyResultRow(okrs, "Signed pilots"));
        assertEquals(List.of("0", "40", "27"), keyResultRow(okrs, "Demo calls booked"));
        assertEquals(List.of("36.5", "2.25", "4.75"), keyResultRow(okrs, "Hours to first value"));
    }

    @Test
    void keyResultsAndWeightsShowTheirNumbersAsWrittenInGerman() throws Exception {
        // given the same OKRs, and an objective of weight 0.75
        // when the sites are rendered in German
        Document okrs = Jsoup.parse(Files.readString(render(STARTUP, Locale.GERMAN).resolve("okrs/index.html")));
        Document objective = Jsoup.parse(Files.readString(render(LANDESAMT, Locale.GERMAN)
                .resolve("objectives/laendervergleich.html")));

        // then German decimal commas, with the decimals written
        assertEquals(List.of("36,5", "2,25", "4,75"), keyResultRow(okrs, "Hours to first value"));
        assertEquals(List.of("2", "12", "12"), keyResultRow(okrs, "Weekly active teams"));
        assertTrue(objective.text().contains("Gewichtung: 0,75") || objective.text().contains(": 0,75"), objective.text());
        assertTrue(!objective.text().contains("0,8"), objective.text());
    }
}
