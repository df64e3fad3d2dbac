package dev.bscportal.core.book;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.maps.NativeDotLayout;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names the books' fonts cannot print are reported at their file and line, before the board sees a #; CJK names print. */
class BookGlyphsTest {

    @TempDir
    Path dir;

    private StrategyDir strategyNamed(String f1, String c1, String p1, String revenue) {
        StrategyDir strategy = StrategyDir.valid(dir.resolve("s"));
        strategy.write("objectives/f1.md", "---\nname: " + f1 + "\nperspective: financial\nowner: Owner\ndrives: []\n---\nWhy.\n");
        strategy.write("objectives/c1.md", "---\nname: " + c1 + "\nperspective: customer\nowner: Owner\ndrives: [f1]\n---\nWhy.\n");
        strategy.write("objectives/p1.md", "---\nname: " + p1 + "\nperspective: internal\nowner: Owner\ndrives: [c1]\n---\nWhy.\n");
        strategy.write("measures/revenue.yaml", "name: " + revenue + "\nobjective: f1\nkind: lagging\npolarity: higher-is-better\n"
                + "frequency: monthly\nthreshold: 80\ntarget: 100\nstretch: 120\n");
        return strategy;
    }

    private static List<Problem> glyphs(CheckResult checked) throws Exception {
        return BookGlyphs.ofBookFont().check(checked.strategy().orElseThrow());
    }

    @Test
    void givenEmojiAndScriptsNoEmbeddedFontHasThenEachIsReportedAtItsFileAndLineWithItsCharacters() throws Exception {
        CheckResult checked = strategyNamed("विकास Growth", "การเติบโต Kunden", "ዕድገት", "Umsatz 😀").check();
        List<Problem> problems = glyphs(checked);
        assertEquals(java.util.Set.of("BSC186 objectives/f1.md:2", "BSC186 objectives/c1.md:2", "BSC186 objectives/p1.md:2",
                "BSC186 measures/revenue.yaml:1"), java.util.Set.copyOf(problems.stream().map(StrategyDir::line).toList()));
        assertEquals(4, problems.size());
        Problem f1 = problems.stream().filter(p -> p.position().file().endsWith("f1.md")).findFirst().orElseThrow();
        assertTrue(f1.message().contains("Objective f1") && f1.message().contains("विकास")
                && f1.message().contains("'व' (U+0935)"), f1.message());
        assertEquals(dev.bscportal.core.problem.Severity.WARNING, f1.severity());
        assertEquals(ProblemCode.BOOK_GLYPHS_MISSING, f1.code());
        assertTrue(f1.hint().contains("emoji"), f1.hint());
        Problem c1 = problems.stream().filter(p -> p.position().file().endsWith("c1.md")).findFirst().orElseThrow();
        assertFalse(c1.message().contains("'K'"), "a Latin letter reported: " + c1.message());
        Problem revenue = problems.stream().filter(p -> p.position().file().endsWith("revenue.yaml")).findFirst().orElseThrow();
        assertTrue(revenue.message().contains("U+1F600"), revenue.message());
    }

    @Test
    void givenChineseJapaneseAndKoreanNamesThenNothingIsReportedBecauseTheFallbackFontsDrawThem() throws Exception {
        CheckResult checked = strategyNamed("收入增长 營收", "顧客満足の向上 カタカナ", "품질 향상 김민준", "売上高「前年比」、。").check();
        assertEquals(List.of(), glyphs(checked).stream().map(StrategyDir::line).toList());
    }

    @Test
    void givenACjkNameWithAnEmojiThenOnlyTheEmojiIsReported() throws Exception {
        CheckResult checked = strategyNamed("收入增长 🚀", "Customers", "Processes", "Revenue").check();
        List<Problem> problems = glyphs(checked);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("'🚀' (U+1F680)"), problems.get(0).message());
        assertFalse(problems.get(0).message().contains("U+6536"), problems.get(0).message());
    }

    @Test
    void givenGermanGreekCyrillicAndTypographicNamesThenNothingIsReported() throws Exception {
        CheckResult checked = strategyNamed("Größe steigern – „Qualität“", "Ανάπτυξη πελατών", "Рост выручки",
                "Café № 1 • ± € ½").check();
        assertEquals(List.of(), glyphs(checked).stream().map(StrategyDir::line).toList());
    }

    @Test
    void givenManyMissingCharactersThenTheWarningShowsEightAndCountsTheRest() throws Exception {
        CheckResult checked = strategyNamed("😀😁😂😃😄😅😆😇😈😉", "Customers", "Processes", "Revenue").check();
        List<Problem> problems = glyphs(checked);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("'😇' (U+1F607) and 2 more"), problems.get(0).message());
    }

    /** What the warning says happens: the book still builds and prints # for the name's missing characters. */
    @Test
    void givenAnEmojiInAnObjectiveNameWhenTheBookIsWrittenThenItPrintsHashesWhereTheWarningSaysItWillAndTheChineseBesideIt() throws Exception {
        NativeDotLayout dot = Dot.required();
        CheckResult checked = strategyNamed("收入增长 😀😀", "Customers", "Processes", "Revenue").check();
        Path out = java.nio.file.Files.createDirectories(dir.resolve("books"));
        new BriefingBooks(SiteOptions.defaults(), BookOptions.defaults(), Optional.of(dot), false)
                .write(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, Optional.empty());
        try (PDDocument doc = Loader.loadPDF(out.resolve(BriefingBooks.FILE).toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("收入增长"), "the fallback font did not print the Chinese");
            assertFalse(text.contains("😀"), "a font has emoji glyphs after all: BSC186 should not warn of them");
            assertTrue(text.contains("收入增长 ##"), "no # where the emoji were");
        }
    }

    @Test
    void givenOkrsAndPeopleTheBookCannotPrintThenEachIsReportedAndEachPersonOnce() throws Exception {
        // given the startup fixture: an OKR named in Arabic, a key result with an emoji, owners in Hebrew with an emoji
        // and in Arabic (the Arabic owner owns a measure and an OKR)
        CheckResult checked = StrategyDir.empty(Path.of("src/test/resources/strategies/startup-okrs")).check();

        // when its names are checked against the book's fonts
        List<String> found = glyphs(checked).stream().map(p -> StrategyDir.line(p) + " " + p.message()).toList();

        // then the OKR, the key result and each person is reported at its line, each person once
        assertTrue(found.stream().anyMatch(f -> f.startsWith("BSC186 okrs/2026-Q3.yaml:") && f.contains("OKR activation is named \"تفعيل المستخدمين\"")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.contains("A key result of OKR land-pilots is named \"Demo calls booked 📞\"")), found.toString());
        assertEquals(1, found.stream().filter(f -> f.contains("فاطمة الزهراء")).count(), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("BSC186 measures/paying-customers.yaml:") && f.contains("The owner of measure paying-customers is \"فاطمة الزهراء\"")), found.toString());
        assertEquals(1, found.stream().filter(f -> f.contains("נועה כהן 🦄")).count(), found.toString());
        assertEquals(1, found.stream().filter(f -> f.contains("The owner of OKR convert-pilots is \"Ari 🐙 Ben-David\"")).count(), found.toString());
    }
}
