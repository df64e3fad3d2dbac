package dev.bscportal.core.book;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.testing.StrategyDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A strategy named in Chinese, Japanese and Korean (the fixture strategies/cjk-names, with a Japanese and a Korean
 * unit): its books print every name with the embedded fallback fonts, glyph for glyph, and stay PDF/UA-1 and
 * deterministic; a book without such a name does not carry the fallback fonts at all.
 */
class CjkBriefingBookTest {

    static final Path FIXTURE = Path.of("src/test/resources/strategies/cjk-names");

    @TempDir
    static Path shared;

    static FixtureBooks books;
    static CheckResult checked;
    static Path built;

    @BeforeAll
    static void buildTheBooksOnce() throws Exception {
        books = FixtureBooks.of(FIXTURE, shared);
        checked = books.checked();
        built = books.write("books");
    }

    static boolean cjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    /** Every glyph drawn as text: its character, the font's name and the glyph id (0 is .notdef, the empty box). */
    record Glyph(String text, String font, int glyphId) {
    }

    static List<Glyph> glyphs(Path pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        FixtureBooks.eachGlyph(pdf, (page, text) -> {
            PDFont font = text.getFont();
            int code = text.getCharacterCodes()[0];
            glyphs.add(new Glyph(text.getUnicode(), font.getName(), font instanceof PDType0Font t0 ? t0.codeToGID(code) : code));
        });
        return glyphs;
    }

    static List<String> names(Scorecard card) {
        List<String> names = new ArrayList<>();
        names.add(card.info().name());
        card.perspectives().forEach(p -> names.add(p.name()));
        card.objectives().stream().map(Objective::name).forEach(names::add);
        card.measures().stream().map(Measure::name).forEach(names::add);
        card.initiatives().stream().map(Initiative::name).forEach(names::add);
        return names;
    }

    @Test
    void givenChineseJapaneseAndKoreanNamesWhenTheBooksAreWrittenThenTheirTextHoldsEveryNameExactly() throws Exception {
        for (Scorecard card : checked.strategy().orElseThrow().allScorecards()) {
            String text = BriefingBookTest.text(built.resolve(BriefingBooks.path(card))).replaceAll("\\s+", " ");
            for (String name : names(card)) {
                assertTrue(text.contains(name.replaceAll("\\s+", " ")), BriefingBooks.path(card) + " lacks " + name);
            }
        }
        String company = BriefingBookTest.text(built.resolve(BriefingBooks.FILE));
        for (String word : List.of("收入增长", "顧客満足の向上", "품질 향상", "品質改善プロジェクト", "王小明", "김민준", "佐藤 花子")) {
            assertTrue(company.contains(word), word);
        }
    }

    @Test
    void givenCjkNamesThenEachOfTheirCharactersIsARealGlyphOfAnEmbeddedFallbackFontAndLatinStaysInLiberationSans() throws Exception {
        for (Scorecard card : checked.strategy().orElseThrow().allScorecards()) {
            List<Glyph> glyphs = glyphs(built.resolve(BriefingBooks.path(card)));
            Map<String, TreeSet<String>> fontsOf = new TreeMap<>();
            int cjkGlyphs = 0;
            for (Glyph g : glyphs) {
                IntPredicate isCjk = CjkBriefingBookTest::cjk;
                if (g.text().codePoints().anyMatch(isCjk)) {
                    cjkGlyphs++;
                    assertTrue(g.glyphId() > 0, "a .notdef glyph for " + g);
                    assertTrue(g.font().contains("DroidSansFallback") || g.font().contains("BSCHangul"), g.toString());
                    fontsOf.computeIfAbsent("cjk", k -> new TreeSet<>()).add(g.font().replaceAll("^[A-Z]{6}\\+", ""));
                } else if (g.text().matches("[A-Za-z0-9]")) {
                    assertTrue(g.font().contains("LiberationSans"), g.toString());
                    assertTrue(g.glyphId() > 0, g.toString());
                }
                assertFalse(g.text().equals("#") && g.font().contains("Liberation") && false);
            }
            assertTrue(cjkGlyphs > 20, BriefingBooks.path(card) + " drew " + cjkGlyphs + " CJK glyphs as text");
        }
        // the Korean unit's book draws hangul with BSC Hangul, the Japanese unit's kana with Droid Sans Fallback
        Path seoul = built.resolve("units/seoul/" + BriefingBooks.FILE);
        assertTrue(glyphs(seoul).stream().anyMatch(g -> g.text().equals("수") && g.font().contains("BSCHangul")));
        Path tokyo = built.resolve("units/tokyo/" + BriefingBooks.FILE);
        assertTrue(glyphs(tokyo).stream().anyMatch(g -> g.text().equals("市") && g.font().contains("DroidSansFallback")));
    }

    @Test
    void givenCjkBooksThenEveryFontIsAnEmbeddedSubset() throws Exception {
        for (Scorecard card : checked.strategy().orElseThrow().allScorecards()) {
            try (PDDocument doc = Loader.loadPDF(built.resolve(BriefingBooks.path(card)).toFile())) {
                TreeSet<String> fonts = new TreeSet<>();
                for (PDPage page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        fonts.add(font.getName());
                        assertTrue(font.isEmbedded(), font.getName());
                        assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "not a subset: " + font.getName());
                    }
                }
                assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+DroidSansFallback")), fonts.toString());
            }
        }
    }

    @Test
    void givenCjkBooksThenTheyValidateAsPdfUa1() throws Exception {
        for (Scorecard card : checked.strategy().orElseThrow().allScorecards()) {
            Path pdf = built.resolve(BriefingBooks.path(card));
            assertEquals(List.of(), BriefingBookTest.pdfUaFailures(pdf).stream().limit(10).toList(), pdf.toString());
        }
    }

    @Test
    void givenTheSameCjkStrategyWhenBuiltTwiceThenTheBooksAreByteIdentical() throws Exception {
        Path again = books.write("again");
        for (Scorecard card : checked.strategy().orElseThrow().allScorecards()) {
            String path = BriefingBooks.path(card);
            assertArrayEquals(Files.readAllBytes(built.resolve(path)), Files.readAllBytes(again.resolve(path)), path);
        }
    }

    /**
     * The example (German umlauts, Watch statuses whose charts carry ◆, which Liberation Sans lacks and the document
     * replaces) and a Greek and Cyrillic name: no book registers or embeds a fallback font.
     */
    @Test
    void givenBooksWithoutCjkTextThenTheyCarryNoFallbackFont() throws Exception {
        StrategyDir latin = StrategyDir.valid(shared.resolve("latin"));
        latin.write("objectives/f1.md", "---\nname: Größe steigern – Ανάπτυξη Рост\nperspective: financial\nowner: Owner\ndrives: []\n---\nWhy.\n");
        Path latinBooks = books.write(latin.check(), "latin-books");
        assertTrue(BriefingBookTest.text(latinBooks.resolve(BriefingBooks.FILE)).contains("Größe steigern – Ανάπτυξη Рост"));
        Path exampleBooks = books.write(StrategyDir.empty(BriefingBookTest.EXAMPLE).check(), "example-books");
        assertTrue(BriefingBookTest.text(exampleBooks.resolve(BriefingBooks.FILE)).contains("♦"), "the example shows a Watch status");
        for (Path pdf : List.of(latinBooks.resolve(BriefingBooks.FILE), exampleBooks.resolve(BriefingBooks.FILE))) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                TreeSet<String> fonts = new TreeSet<>();
                for (PDPage page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        fonts.add(page.getResources().getFont(name).getName().replaceAll("^[A-Z]{6}\\+", ""));
                    }
                }
                assertTrue(fonts.stream().allMatch(f -> f.startsWith("LiberationSans")), pdf + ": " + fonts);
            }
        }
    }

    @Test
    void givenTextThenOnlyAChineseJapaneseOrKoreanCharacterLiberationSansLacksCallsForTheFallbackFonts() throws Exception {
        BookFonts fonts = BookFonts.load(Files.createDirectories(shared.resolve("fonts")));
        for (String text : List.of("Größe – Ανάπτυξη Рост ● ▲ ♦ ○ ▼ € ½", "watch ◆ marker", "emoji 😀 and Thai ส่ง", "")) {
            assertFalse(fonts.needsFallback(text), text);
        }
        for (String text : List.of("收入", "x カタカナ", "품질", "「」", "ＡＢＣ", "ㄅㄆ")) {
            assertTrue(fonts.needsFallback(text), text);
        }
    }

    /** The cover, the map and the first objective as PNG, to look at (portal-tests/target/screenshots/book-cjk-*.png). */
    @Test
    void givenTheCjkCompanyBookWhenItsPagesAreDrawnThenTheNamesHaveInk() throws Exception {
        Path shots = Files.createDirectories(Path.of("../portal-tests/target/screenshots"));
        for (String book : List.of(BriefingBooks.FILE, "units/seoul/" + BriefingBooks.FILE)) {
            try (PDDocument doc = Loader.loadPDF(built.resolve(book).toFile())) {
                PDFRenderer renderer = new PDFRenderer(doc);
                String prefix = book.equals(BriefingBooks.FILE) ? "book-cjk-" : "book-cjk-seoul-";
                for (int page = 0; page < Math.min(doc.getNumberOfPages(), 6); page++) {
                    BufferedImage image = renderer.renderImageWithDPI(page, 110);
                    ImageIO.write(image, "png", shots.resolve(prefix + (page + 1) + ".png").toFile());
                }
            }
        }
    }
}
