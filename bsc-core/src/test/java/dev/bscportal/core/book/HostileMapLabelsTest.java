package dev.bscportal.core.book;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.site.BookViews;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import dev.bscportal.core.testing.TreeCopy;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Objective names are the strategy's text, hostile or merely unusual: the book's map drawer ({@link ChartSvg},
 * {@link TextRuns}) draws a map with any name the loader lets through, straight into the PDF (never the general engine,
 * so never BSC188 for our own map), without an exception, and the book stays PDF/UA-1.
 */
class HostileMapLabelsTest {

    private static final Map<String, List<String>> NAMES = Map.of(
            "long-word", List.of("Supercalifragilisticexpialidocious".repeat(12), "x".repeat(190) + " y"),
            "rtl", List.of("زيادة الإيرادات من الخدمات", "הגדלת הכנסות", "Mixed עברית and English \u202Eevil\u202C"),
            "combining", List.of("Z\u0335\u0321\u0322a\u0335l\u0337g\u0336o\u0338 " + "e" + "\u0301".repeat(60), "\u0301\u0302 starts with marks"),
            "emoji", List.of("Grow revenue 📈", "Family 👩\u200D👩\u200D👧 and flags 🇩🇪🇯🇵", "Skin tones 👍🏽👍🏿"),
            "invisible", List.of("Zero\u200Bwidth\u200Cjoiners\u200D", "Soft\u00ADhyphen and\u00A0no-break\u3000ideographic", "\uFEFFBOM first"),
            "markup", List.of("<svg onload=alert(1)> & \"quotes\" ]]> <![CDATA[x]]>", "<text>inside</text> &amp; &#x3C;", "back\\slash {braces} [brackets] |pipes|"),
            "cjk-mixed", List.of("売上 성장 增长 growth", "全角　スペース　と 반각", "𠮷野家 (outside the BMP)"),
            "specials", List.of("Tab\tand form\u000Bfeed", "Bell \u0007 escape \u001B[31m", "Lone \uD800 surrogate and \uDC00"));

    private static final LocalDate DATE = LocalDate.of(2026, 10, 31);
    private static final String ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    static Path dir;

    static BookFonts fonts;
    static Optional<MapLayout> layout;

    @BeforeAll
    static void loadFontsAndLayout() throws Exception {
        layout = Optional.of(Dot.cached(dir.resolve("map-cache")));
        fonts = BookFonts.load(Files.createDirectories(dir.resolve("fonts")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"long-word", "rtl", "combining", "emoji", "invisible", "markup", "cjk-mixed", "specials"})
    @Timeout(300)
    void givenHostileObjectiveNames_whenTheCompanyBookIsLaidOut_thenTheMapIsDrawnByOurDrawerAndTheBookIsPdfUa(String kind)
            throws Exception {
        // given the example with its company objectives renamed
        Path strategy = TreeCopy.copy(BookDocuments.EXAMPLE, dir.resolve(kind + "/strategy"));
        List<Path> objectives;
        try (Stream<Path> files = Files.list(strategy.resolve("objectives"))) {
            objectives = files.sorted().toList();
        }
        List<String> names = NAMES.get(kind);
        for (int i = 0; i < objectives.size(); i++) {
            String name = names.get(i % names.size()) + (i >= names.size() ? " " + i : "");
            String text = Files.readString(objectives.get(i));
            Files.writeString(objectives.get(i), text.replaceFirst("(?m)^name: .*$", java.util.regex.Matcher.quoteReplacement("name: " + yaml(name))));
        }
        CheckResult checked = StrategyDir.empty(strategy).check();
        // (the loader takes every one of these names: each is drawn, none refused)
        assertTrue(checked.strategy().isPresent(), kind + ": " + checked.errors());

        // when the company's book is laid out with its map
        String html = companyBook(checked);
        assertTrue(html.contains("class=\"strategy-map\""), "the book shows its map");
        boolean fallback = fonts.needsFallback(html);
        BookSvgDrawer drawer = (BookSvgDrawer) fonts.svgDrawer(fallback);
        byte[] pdf = BookPdf.render(BookDocument.of(html, fallback ? fonts.fallbackFamilies() : null), DATE, ID, fonts, fallback, drawer);

        // then our drawer drew the map, and the book is PDF/UA-1
        assertFalse(drawer.generalMade(), kind + ": the map went to the general engine (BSC188 without it)");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 3);
        }
        Path file = Files.write(dir.resolve(kind + ".pdf"), pdf);
        assertEquals(List.of(), BriefingBookTest.pdfUaFailures(file).stream().distinct().limit(10).toList(), kind);
    }

    private static String companyBook(CheckResult checked) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            BookViews views = BookViews.prepare(SiteOptions.defaults(), checked.strategy().get(), checked.scores().orElseThrow(),
                    layout, false, executor);
            Scorecard company = views.scorecards().get(0);
            String path = BriefingBooks.path(company);
            assertEquals(BriefingBooks.FILE, path);
            return views.document(company, "book.ftlh", path, new BookPage("A4", "", BookPage.PERIODS));
        } finally {
            executor.shutdownNow();
        }
    }

    /** A YAML double-quoted scalar of {@code text}, every character written as an escape where YAML needs one. */
    private static String yaml(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || c == 0x7F) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
