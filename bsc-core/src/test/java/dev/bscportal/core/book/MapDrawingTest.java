package dev.bscportal.core.book;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.site.BookViews;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The book's strategy map drawn straight into the PDF (no SVG engine, {@link ChartImage}): on the example, the
 * Chinese, Japanese and Korean fixture and the fixture with the biggest map (public sector, 15 objectives), every
 * page looks as Batik drew it, the map's words are the same words, the general engine is never made, and the same
 * input gives the same bytes. The comparison is shown to catch a map without its arrows or its labels.
 */
class MapDrawingTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";
    private static final LocalDate DATE = LocalDate.of(2026, 10, 31);
    /** Beyond edge smoothing: no more than this share of a page's pixels off by more than 48 of 255 after a blur. */
    private static final double BOUND = 0.0005;

    private static final Map<String, Path> FIXTURES = Map.of(
            "example", BookDocuments.EXAMPLE,
            "cjk-names", Path.of("src/test/resources/strategies/cjk-names"),
            "public-sector", Path.of("src/test/resources/strategies/public-sector"));

    @TempDir
    static Path dir;

    static BookFonts fonts;
    static Optional<MapLayout> layout;

    @BeforeAll
    static void loadFontsAndLayout() throws Exception {
        layout = Optional.of(Dot.cached(dir.resolve("map-cache")));
        fonts = BookFonts.load(Files.createDirectories(dir.resolve("fonts")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example", "cjk-names", "public-sector"})
    void givenABookWhenItsMapIsDrawnStraightIntoThePdfThenEveryPageLooksAsBatikDrewItAndBatikIsNeverMade(String fixture)
            throws Exception {
        Path shots = Files.createDirectories(Path.of("../portal-tests/target/screenshots"));
        Map<String, String> books = htmls(FIXTURES.get(fixture));
        assertTrue(books.size() <= 3 || !fixture.equals("example"));
        for (Map.Entry<String, String> book : books.entrySet()) {
            String html = book.getValue();
            assertTrue(html.contains("class=\"strategy-map\""), book.getKey() + " shows its map");
            try (PDDocument drawn = Loader.loadPDF(direct(html)); PDDocument batik = Loader.loadPDF(batik(html))) {
                assertEquals(batik.getNumberOfPages(), drawn.getNumberOfPages(), book.getKey() + ": the same pages");
                int map = mapPage(drawn);
                assertEquals(mapPage(batik), map);
                PDFRenderer a = new PDFRenderer(drawn);
                PDFRenderer b = new PDFRenderer(batik);
                for (int page = 0; page < drawn.getNumberOfPages(); page++) {
                    double off = off(a.renderImageWithDPI(page, 72), b.renderImageWithDPI(page, 72));
                    assertTrue(off < BOUND, fixture + " " + book.getKey() + " page " + (page + 1) + ": " + off * 100
                            + "% of pixels differ beyond edge smoothing");
                }
                // Batik draws the map's labels as outlines; here they are text, so the page has every word Batik's has, and more
                List<String> more = new ArrayList<>(words(drawn, map));
                for (String word : words(batik, map)) {
                    assertTrue(more.remove(word), book.getKey() + ": " + word + " on the map page");
                }
                String name = "book-map-" + fixture + "-" + book.getKey().replace("/", "-").replace(".pdf", "")
                        + "-drawn-left-batik-right.png";
                ImageIO.write(PageImages.sideBySide(a.renderImageWithDPI(map, 110), b.renderImageWithDPI(map, 110)), "png",
                        shots.resolve(name).toFile());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"g.edge", "g.node text"})
    void givenAMapWithoutItsArrowsOrLabelsThenTheComparisonWithBatikFails(String removed) throws Exception {
        String html = htmls(FIXTURES.get("example")).get(BriefingBooks.FILE);
        org.w3c.dom.Document damaged = document(html);
        int gone = remove(damaged, removed);
        assertTrue(gone > 5, gone + " removed");
        byte[] pdf = BookPdf.render(damaged, DATE, ID, fonts, false, fonts.svgDrawer(false));
        try (PDDocument drawn = Loader.loadPDF(pdf); PDDocument batik = Loader.loadPDF(batik(html))) {
            int map = mapPage(drawn);
            double off = off(new PDFRenderer(drawn).renderImageWithDPI(map, 72), new PDFRenderer(batik).renderImageWithDPI(map, 72));
            assertTrue(off >= BOUND, removed + " missing is caught: " + off * 100 + "%");
        }
    }

    @Test
    void givenTheSameBookDrawnTwiceThenTheBytesAreIdentical() throws Exception {
        for (String fixture : List.of("example", "cjk-names")) {
            String html = htmls(FIXTURES.get(fixture)).get(BriefingBooks.FILE);
            assertArrayEquals(direct(html), direct(html), fixture);
        }
    }

    @Test
    void givenTheCompanyMapThenEveryObjectiveNameIsTextOnTheMapInTheEmbeddedFont() throws Exception {
        CheckResult example = StrategyDir.empty(BookDocuments.EXAMPLE).check();
        String html = htmls(BookDocuments.EXAMPLE).get(BriefingBooks.FILE);
        org.w3c.dom.Document doc = document(html);
        remove(doc, "ul");  // the map as a list, which names them too
        try (PDDocument drawn = Loader.loadPDF(BookPdf.render(doc, DATE, ID, fonts, false, fonts.svgDrawer(false)))) {
            List<String> words = words(drawn, mapPage(drawn));
            for (Objective o : example.strategy().orElseThrow().company().objectives()) {
                for (String word : o.name().split(" ")) {
                    assertTrue(words.contains(word), word + " of " + o.name() + " on the map: " + words);
                }
            }
        }
    }

    /** Book path to the rendered template, for every scorecard of the strategy in {@code strategy}, with maps. */
    static Map<String, String> htmls(Path strategy) throws Exception {
        CheckResult checked = StrategyDir.empty(strategy).check();
        assertTrue(checked.strategy().isPresent(), checked.errors().toString());
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            BookViews views = BookViews.prepare(SiteOptions.defaults(), checked.strategy().get(), checked.scores().orElseThrow(),
                    layout, false, executor);
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

    private static org.w3c.dom.Document document(String html) throws Exception {
        return BookDocument.of(html, fonts.needsFallback(html) ? fonts.fallbackFamilies() : null);
    }

    /** Drawn by the book's drawer, which must not make the general engine. */
    private static byte[] direct(String html) throws Exception {
        boolean fallback = fonts.needsFallback(html);
        BookSvgDrawer drawer = (BookSvgDrawer) fonts.svgDrawer(fallback);
        org.w3c.dom.Document doc = document(html);
        List<String> unread = new ArrayList<>();
        NodeList svgs = doc.getElementsByTagNameNS("*", "svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            ChartSvg.unread((Element) svgs.item(i)).ifPresent(unread::add);
        }
        byte[] pdf = BookPdf.render(doc, DATE, ID, fonts, fallback, drawer);
        assertFalse(drawer.generalMade(), "a drawing went to the general engine: " + unread);
        return pdf;
    }

    private static byte[] batik(String html) throws Exception {
        boolean fallback = fonts.needsFallback(html);
        return BookPdf.render(document(html), DATE, ID, fonts, fallback, BatikDrawer.of(fonts, fallback));
    }

    /** Removes the elements matching a simple "tag.class descendant" selector inside maps; how many. */
    private static int remove(org.w3c.dom.Document doc, String selector) {
        String[] parts = selector.split(" ");
        String[] first = parts[0].split("\\.");
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", first[0]);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (first.length > 1 && !Arrays.asList(e.getAttribute("class").split(" ")).contains(first[1])) {
                continue;
            }
            if (parts.length == 1) {
                found.add(e);
            } else {
                NodeList inner = e.getElementsByTagNameNS("*", parts[1]);
                for (int j = 0; j < inner.getLength(); j++) {
                    found.add((Element) inner.item(j));
                }
            }
        }
        found.forEach(e -> e.getParentNode().removeChild(e));
        return found.size();
    }

    private static int mapPage(PDDocument doc) throws Exception {
        for (PDOutlineItem top : doc.getDocumentCatalog().getDocumentOutline().children()) {
            if (top.getTitle().equals("Strategy map")) {
                return doc.getPages().indexOf(top.findDestinationPage(doc));
            }
        }
        throw new AssertionError("no map page");
    }

    /** The page's words, sorted (the two engines may write the same text in another order). */
    private static List<String> words(PDDocument doc, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return Arrays.stream(stripper.getText(doc).split("\\s+")).filter(w -> !w.isEmpty()).sorted().toList();
    }

    private static double off(BufferedImage a, BufferedImage b) {
        return PageImages.differing(PageImages.blurred(a), PageImages.blurred(b), 48);
    }
}
