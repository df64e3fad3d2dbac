package dev.bscportal.core.book;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.site.Formats;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example strategy's briefing books: complete, navigable, accessible and the same bytes for the same input. */
class BriefingBookTest {

    static final Path EXAMPLE = Path.of("../example-strategy/src/strategy");

    @TempDir
    static Path shared;

    static CheckResult example;
    static Optional<MapLayout> layout;
    static Path built;
    static BookReport report;

    @BeforeAll
    static void buildTheExampleBooksOnce() throws Exception {
        layout = Optional.of(Dot.cached(shared.resolve("map-cache")));
        example = StrategyDir.empty(EXAMPLE).check();
        built = Files.createDirectories(shared.resolve("books"));
        report = books(SiteOptions.defaults(), BookOptions.defaults(), built, Optional.empty());
    }

    static BookReport books(SiteOptions options, BookOptions book, Path target, Optional<Path> previous) throws Exception {
        BriefingBooks books = new BriefingBooks(options, book, layout, false);
        return books.write(example.strategy().orElseThrow(), example.scores().orElseThrow(), target,
                previous.map(p -> new PreviousBooks(p, books.codeDigest())));
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static List<String> bookmarks(Path pdf) throws Exception {
        List<String> titles = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDOutlineItem top : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(top.getTitle());
                for (PDOutlineItem child : top.children()) {
                    titles.add("  " + child.getTitle());
                }
            }
        }
        return titles;
    }

    @Test
    void givenTheExampleWhenBooksAreWrittenThenTheCompanyAndEveryUnitHasOne() {
        for (Scorecard card : example.strategy().orElseThrow().allScorecards()) {
            assertTrue(Files.isRegularFile(built.resolve(BriefingBooks.path(card))), BriefingBooks.path(card));
        }
        assertEquals(example.strategy().orElseThrow().allScorecards().size(), report.books());
        assertEquals(0, report.kept());
    }

    @Test
    void givenTheCompanyBookThenEveryObjectiveHasABookmarkUnderItsPerspective() throws Exception {
        List<String> marks = bookmarks(built.resolve("briefing-book.pdf"));
        Scorecard company = example.strategy().orElseThrow().company();
        for (Objective o : company.objectives()) {
            assertTrue(marks.contains("  " + o.name()), o.name() + " in " + marks);
        }
        assertTrue(marks.size() > company.objectives().size() + 5, marks.toString());
    }

    @Test
    void givenEveryBookThenEachObjectiveBoxOfItsMapLinksToThatObjectivesSectionAndLiesWithinTheTextWidth() throws Exception {
        for (Scorecard card : example.strategy().orElseThrow().allScorecards()) {
            try (PDDocument doc = Loader.loadPDF(built.resolve(BriefingBooks.path(card)).toFile())) {
                int mapPage = -1;
                java.util.Map<String, Integer> sections = new java.util.HashMap<>();
                for (PDOutlineItem top : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    if (top.getTitle().equals("Strategy map")) {
                        mapPage = doc.getPages().indexOf(top.findDestinationPage(doc));
                    }
                    for (PDOutlineItem child : top.children()) {
                        sections.put(child.getTitle(), doc.getPages().indexOf(child.findDestinationPage(doc)));
                    }
                }
                assertTrue(mapPage >= 0, card.path() + ": no map page");
                PDPage page = doc.getPage(mapPage);
                BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(mapPage, 72);
                List<org.apache.pdfbox.pdmodel.common.PDRectangle> boxes = new ArrayList<>();
                for (Objective o : card.objectives()) {
                    List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink> links = new ArrayList<>();
                    for (var annotation : page.getAnnotations()) {
                        if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                                && link.getContents() != null && link.getContents().startsWith(o.name() + ":")) {
                            links.add(link);
                        }
                    }
                    assertEquals(1, links.size(), card.path() + ": links over the box of " + o.name());
                    var link = links.get(0);
                    assertEquals(sections.get(o.name()), destinationPage(doc, link), card.path() + ": " + o.name());
                    var rect = link.getRectangle();
                    assertTrue(filled(image, rect, page.getMediaBox().getHeight()) > 0.9,
                            card.path() + ": the link of " + o.name() + " does not lie on a filled box: " + rect);
                    float margin = 16 / 25.4f * 72;
                    float pageWidth = page.getMediaBox().getWidth();
                    // a box's outline is drawn about 1 pt outside its link, and the page clips what passes its margins
                    assertTrue(rect.getLowerLeftX() >= margin + 1 && rect.getUpperRightX() <= pageWidth - margin - 1,
                            card.path() + ": the box of " + o.name() + " reaches the page's margin (text width " + margin
                                    + ".." + (pageWidth - margin) + " pt), where its outline is clipped: " + rect);
                    for (var other : boxes) {
                        assertFalse(rect.getLowerLeftX() < other.getUpperRightX() && other.getLowerLeftX() < rect.getUpperRightX()
                                && rect.getLowerLeftY() < other.getUpperRightY() && other.getLowerLeftY() < rect.getUpperRightY(),
                                card.path() + ": the link of " + o.name() + " overlaps another box's");
                    }
                    boxes.add(rect);
                }
            }
        }
    }

    private static int destinationPage(PDDocument doc, org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link)
            throws Exception {
        var destination = link.getDestination();
        if (destination == null && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        assertTrue(destination instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination,
                "not a page destination: " + destination);
        var page = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination) destination;
        return page.getPage() != null ? doc.getPages().indexOf(page.getPage()) : page.getPageNumber();
    }

    /** The share of the rectangle's pixels (page drawn at 72 dpi, inset by 2 pt) that are not white paper. */
    private static double filled(BufferedImage image, org.apache.pdfbox.pdmodel.common.PDRectangle rect, float pageHeight) {
        int x0 = Math.round(rect.getLowerLeftX()) + 2;
        int x1 = Math.round(rect.getUpperRightX()) - 2;
        int y0 = Math.round(pageHeight - rect.getUpperRightY()) + 2;
        int y1 = Math.round(pageHeight - rect.getLowerLeftY()) - 2;
        long all = 0;
        long coloured = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                all++;
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    coloured++;
                }
            }
        }
        return all == 0 ? 0 : (double) coloured / all;
    }

    @Test
    void givenEveryBookThenItsTextNamesEveryObjectiveAndEachMeasuresLatestValue() throws Exception {
        Formats fmt = new Formats(Locale.ENGLISH);
        for (Scorecard card : example.strategy().orElseThrow().allScorecards()) {
            String text = text(built.resolve(BriefingBooks.path(card))).replaceAll("\\s+", " ");
            for (Objective o : card.objectives()) {
                assertTrue(text.contains(o.name().replaceAll("\\s+", " ")), card.path() + ": " + o.name());
            }
            for (var m : card.measures()) {
                MeasureResult r = example.scores().orElseThrow().of(card).measure(m.id());
                if (r.actual().isPresent()) {
                    String value = fmt.value(m, r.actual().getAsDouble());
                    assertTrue(text.contains(value), card.path() + ": " + m.name() + " " + value);
                }
            }
        }
    }

    @Test
    void givenTheSameInputWhenBuiltTwiceThenTheBooksAreByteIdentical() throws Exception {
        Path again = Files.createDirectories(shared.resolve("again"));
        books(SiteOptions.defaults(), BookOptions.defaults(), again, Optional.empty());
        for (Scorecard card : example.strategy().orElseThrow().allScorecards()) {
            String path = BriefingBooks.path(card);
            assertArrayEquals(Files.readAllBytes(built.resolve(path)), Files.readAllBytes(again.resolve(path)), path);
        }
    }

    /** The veraPDF PDF/UA-1 profile's failed checks of a file, one line each (rule, message, where). */
    static List<String> pdfUaFailures(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " @ " + a.getLocation().getContext());
                }
            }
            assertTrue(result.getTotalAssertions() > 100, "veraPDF checked " + result.getTotalAssertions() + " assertions");
            return result.isCompliant() ? List.of() : failures.isEmpty() ? List.of("not compliant") : failures;
        }
    }

    @Test
    void givenTheExampleThenEveryBookValidatesAsPdfUa1WithVeraPdf() throws Exception {
        for (Scorecard card : example.strategy().orElseThrow().allScorecards()) {
            List<String> failures = pdfUaFailures(built.resolve(BriefingBooks.path(card)));
            assertEquals(List.of(), failures.stream().distinct().limit(20).toList(), BriefingBooks.path(card));
        }
    }

    @Test
    void givenTheCompanyBookThenItIsTitledInEnglishWithFixedDatesAndA4Pages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(built.resolve("briefing-book.pdf").toFile())) {
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentInformation().getTitle().startsWith("Briefing book: "), doc.getDocumentInformation().getTitle());
            java.time.LocalDate asOf = example.scores().orElseThrow().asOf().orElseThrow().endDate();
            assertEquals(asOf.toString(), doc.getDocumentInformation().getCreationDate().toInstant()
                    .atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
            for (PDPage page : doc.getPages()) {
                assertEquals(595, Math.round(page.getMediaBox().getWidth()));
                assertEquals(842, Math.round(page.getMediaBox().getHeight()));
            }
        }
    }

    @Test
    void givenGermanWhenTheBooksAreWrittenThenHeadingsAreGermanAndTheLanguageIsDe() throws Exception {
        Path german = Files.createDirectories(shared.resolve("de"));
        books(SiteOptions.defaults().withLocale(Locale.GERMAN), BookOptions.defaults(), german, Optional.empty());
        Path pdf = german.resolve("briefing-book.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals("de", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentInformation().getTitle().startsWith("Briefing-Mappe: "), doc.getDocumentInformation().getTitle());
        }
        String text = text(pdf);
        for (String heading : List.of("Inhalt", "Mission, Vision und Werte", "Braucht Aufmerksamkeit", "Seite 2 / ")) {
            assertTrue(text.contains(heading), heading + " in " + text.substring(0, Math.min(400, text.length())));
        }
        assertTrue(bookmarks(pdf).contains("Inhalt"), bookmarks(pdf).toString());
        assertFalse(text.contains("Needs attention"), "an English heading in the German book");
        assertEquals(List.of(), pdfUaFailures(pdf).stream().limit(20).toList());
    }

    @Test
    void givenThePreviousBooksWhenNothingChangedThenEveryBookIsKeptAndTheBytesAreTheSame() throws Exception {
        Path next = Files.createDirectories(shared.resolve("next"));
        BookReport again = books(SiteOptions.defaults(), BookOptions.defaults(), next, Optional.of(built));
        assertEquals(report.books(), again.kept());
        for (Scorecard card : example.strategy().orElseThrow().allScorecards()) {
            String path = BriefingBooks.path(card);
            assertArrayEquals(Files.readAllBytes(built.resolve(path)), Files.readAllBytes(next.resolve(path)), path);
        }
    }

    @Test
    void givenAnOverriddenTemplate_whenNothingChanged_thenNoBookIsKeptBecauseTheTemplateMayShowWhatTheKeyDoesNotHold()
            throws Exception {
        // given a project that overrides a template (here one that shows nothing new: the rule does not read it)
        Path overrides = shared.resolve("overrides");
        Files.createDirectories(overrides.resolve("templates"));
        Files.writeString(overrides.resolve("templates/book.ftlh"), Files.readString(
                Path.of("../site-template/src/main/resources/dev/bscportal/site/templates/book.ftlh")));
        SiteOptions overridden = SiteOptions.defaults().withTemplateOverrides(overrides);
        Path first = Files.createDirectories(shared.resolve("overridden-first"));
        books(overridden, BookOptions.defaults(), first, Optional.empty());

        // when the books are written again with nothing changed
        Path next = Files.createDirectories(shared.resolve("overridden-next"));
        BookReport again = books(overridden, BookOptions.defaults(), next, Optional.of(first));

        // then every book is laid out again, to the same bytes
        assertEquals(0, again.kept());
        assertEquals(report.books(), again.books());
        for (Scorecard card : example.strategy().orElseThrow().allScorecards()) {
            String path = BriefingBooks.path(card);
            assertArrayEquals(Files.readAllBytes(first.resolve(path)), Files.readAllBytes(next.resolve(path)), path);
        }
    }

    @Test
    void givenThePreviousBooksWhenOtherCodeWroteThemThenNoneIsKeptAndTheNewOnesAreTheSameBytes() throws Exception {
        Path next = Files.createDirectories(shared.resolve("after-a-code-change"));
        BookReport again = new BriefingBooks(SiteOptions.defaults(), BookOptions.defaults(), layout, false)
                .write(example.strategy().orElseThrow(), example.scores().orElseThrow(), next,
                        Optional.of(new PreviousBooks(built, new BookFormat("an older plugin build").digest())));
        assertEquals(0, again.kept());
        assertEquals(report.books(), again.books());
        for (Scorecard card : example.strategy().orElseThrow().allScorecards()) {
            String path = BriefingBooks.path(card);
            assertFalse(Files.isSameFile(built.resolve(path), next.resolve(path)), path + " was linked, not laid out");
            assertArrayEquals(Files.readAllBytes(built.resolve(path)), Files.readAllBytes(next.resolve(path)), path);
        }
    }

    @Test
    void givenThePreviousA4BooksWhenLetterIsAskedForThenNoneIsKeptAndEveryPageIsUsLetter() throws Exception {
        Path letter = Files.createDirectories(shared.resolve("letter-after-a4"));
        BookReport again = books(SiteOptions.defaults(), new BookOptions(BookSize.LETTER, ""), letter, Optional.of(built));
        assertEquals(0, again.kept());
        for (Scorecard card : example.strategy().orElseThrow().allScorecards()) {
            try (PDDocument doc = Loader.loadPDF(letter.resolve(BriefingBooks.path(card)).toFile())) {
                for (PDPage page : doc.getPages()) {
                    assertEquals(612, Math.round(page.getMediaBox().getWidth()));
                    assertEquals(792, Math.round(page.getMediaBox().getHeight()));
                }
            }
        }
    }

    /** Cover, map, scorecard and the first objective as PNG, for people to look at (portal-tests/target/screenshots). */
    @Test
    void givenTheCompanyBookWhenItsKeyPagesAreDrawnThenTheyHaveInk() throws Exception {
        Path shots = Files.createDirectories(Path.of("../portal-tests/target/screenshots"));
        Files.copy(built.resolve("briefing-book.pdf"), shots.resolve("briefing-book.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument doc = Loader.loadPDF(built.resolve("briefing-book.pdf").toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            java.util.Map<String, Integer> pages = new java.util.LinkedHashMap<>();
            pages.put("cover", 0);
            for (PDOutlineItem top : doc.getDocumentCatalog().getDocumentOutline().children()) {
                int index = doc.getPages().indexOf(top.findDestinationPage(doc));
                if (top.getTitle().equals("Strategy map")) {
                    pages.put("map", index);
                } else if (top.getTitle().equals("Scorecard")) {
                    pages.put("scorecard", index);
                } else if (top.getTitle().startsWith("Perspective") && !pages.containsKey("objective")) {
                    pages.put("objective", doc.getPages().indexOf(top.children().iterator().next().findDestinationPage(doc)));
                }
            }
            assertEquals(List.of("cover", "map", "scorecard", "objective"), List.copyOf(pages.keySet()));
            for (var e : pages.entrySet()) {
                BufferedImage image0 = renderer.renderImageWithDPI(e.getValue(), 110);
                ImageIO.write(image0, "png", shots.resolve("book-" + e.getKey() + ".png").toFile());
            }
            for (var e : pages.entrySet()) {
                BufferedImage image = renderer.renderImageWithDPI(e.getValue(), 110);
                ImageIO.write(image, "png", shots.resolve("book-" + e.getKey() + ".png").toFile());
                assertTrue(inked(image) > 0.003, e.getKey() + " page is nearly blank");
            }
        }
    }

    private static double inked(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 600) {
                    dark++;
                }
            }
        }
        return dark / (image.getWidth() / 2.0 * image.getHeight() / 2.0);
    }
}
