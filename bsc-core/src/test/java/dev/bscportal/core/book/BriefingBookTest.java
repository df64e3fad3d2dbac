package dev.bscportal.core.book;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.render.SiteOptions;
import dev.bscportal.core.render.map.CachingLayout;
import dev.bscportal.core.render.map.MapLayout;
import dev.bscportal.core.render.map.NativeDotLayout;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.render.Formats;
import dev.bscportal.core.testing.RequiresProgram;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        Optional<NativeDotLayout> dot = NativeDotLayout.onPath();
        RequiresProgram.require(dot.isPresent(), "Graphviz dot", "graphviz");
        layout = Optional.of(new CachingLayout(dot.get(), shared.resolve("map-cache")));
        example = StrategyDir.empty(EXAMPLE).check();
        built = Files.createDirectories(shared.resolve("books"));
        report = books(SiteOptions.defaults(), BookOptions.defaults(), built, Optional.empty());
    }

    static BookReport books(SiteOptions options, BookOptions book, Path target, Optional<Path> previous) throws Exception {
        return new BriefingBooks(options, book, layout, false)
                .write(example.strategy().orElseThrow(), example.scores().orElseThrow(), target, previous);
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
}
