package dev.bscportal.core.book;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.maps.WasmLayout;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.site.BookViews;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.testing.StrategyDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The briefing books of the example when its maps are laid out by the embedded engine (a machine without Graphviz,
 * where {@code graphvizEngine} auto chooses it): Graphviz 16.1 marks every label {@code xml:space="preserve"}, which
 * the book's own drawer must read. Before, each map went to the general SVG engine, which the plugin does not have
 * (bsc-core's tests do, so a whole build on this class path hid it): every book failed with BSC188.
 */
class EmbeddedMapsBookTest {

    private static final LocalDate DATE = LocalDate.of(2026, 10, 31);
    private static final String ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    static Path dir;

    static BookFonts fonts;

    @BeforeAll
    static void loadFonts() throws Exception {
        fonts = BookFonts.load(Files.createDirectories(dir.resolve("fonts")));
    }

    @Test
    void givenTheEmbeddedMapEngine_whenEveryBookOfTheExampleIsDrawn_thenItsMapIsDrawnByTheBooksDrawerNotTheGeneralEngine()
            throws Exception {
        Map<String, String> books = htmls(BookDocuments.EXAMPLE, new WasmLayout());

        assertEquals(3, books.size(), books.keySet().toString());
        for (Map.Entry<String, String> book : books.entrySet()) {
            String html = book.getValue();
            assertTrue(html.contains("class=\"strategy-map\"") && html.contains("xml:space=\"preserve\""),
                    book.getKey() + ": no map from Graphviz 16");
            boolean fallback = fonts.needsFallback(html);
            org.w3c.dom.Document doc = BookDocument.of(html, fallback ? fonts.fallbackFamilies() : null);
            List<String> unread = new ArrayList<>();
            NodeList svgs = doc.getElementsByTagNameNS("*", "svg");
            for (int i = 0; i < svgs.getLength(); i++) {
                ChartSvg.unread((Element) svgs.item(i)).ifPresent(unread::add);
            }
            BookSvgDrawer drawer = (BookSvgDrawer) fonts.svgDrawer(fallback);
            byte[] pdf = BookPdf.render(doc, DATE, ID, fonts, fallback, drawer);

            assertEquals(List.of(), unread, book.getKey());
            assertFalse(drawer.generalMade(), book.getKey() + ": a drawing went to the general engine (BSC188 without it)");
            try (PDDocument read = Loader.loadPDF(pdf)) {
                assertTrue(new PDFTextStripper().getText(read).contains("Strategy map"), book.getKey() + " has no map page");
            }
        }
    }

    /** Book path to the rendered template, for every scorecard of the strategy in {@code strategy}, maps by {@code layout}. */
    private static Map<String, String> htmls(Path strategy, MapLayout layout) throws Exception {
        CheckResult checked = StrategyDir.empty(strategy).check();
        assertTrue(checked.strategy().isPresent(), checked.errors().toString());
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            BookViews views = BookViews.prepare(SiteOptions.defaults(), checked.strategy().get(), checked.scores().orElseThrow(),
                    Optional.of(layout), false, executor);
            Map<String, String> out = new LinkedHashMap<>();
            for (Scorecard card : views.scorecards()) {
                String path = BriefingBooks.path(card);
                out.put(path, views.document(card, "book.ftlh", path, new BookPage("A4", "", BookPage.PERIODS)));
            }
            return out;
        } finally {
            executor.shutdownNow();
        }
    }
}
