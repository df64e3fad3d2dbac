package dev.bscportal.core.book;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.site.BookViews;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The book views of a build prepare the strategy maps of the books it lays out only (a build after one changed
 * measurement lays out two books of many): each laid-out book shows its map, the others' maps are not made.
 */
class BookViewsMapsTest {

    @TempDir
    static Path dir;

    static Optional<MapLayout> layout;
    static CheckResult example;

    @BeforeAll
    static void layoutAndExample() throws Exception {
        layout = Optional.of(Dot.cached(dir.resolve("map-cache")));
        example = StrategyDir.empty(BookDocuments.EXAMPLE).check();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "briefing-book.pdf", "units/sales/briefing-book.pdf",
            "briefing-book.pdf,units/operations/briefing-book.pdf", "briefing-book.pdf,units/sales/briefing-book.pdf,units/operations/briefing-book.pdf"})
    void givenTheBooksLaidOutThenOnlyTheirMapsArePrepared(String books) throws Exception {
        List<String> laidOut = books.isEmpty() ? List.of() : List.of(books.split(","));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            BookViews views = BookViews.prepare(SiteOptions.defaults(), example.strategy().orElseThrow(),
                    example.scores().orElseThrow(), layout, false, executor, s -> laidOut.contains(BriefingBooks.path(s)));
            for (Scorecard card : views.scorecards()) {
                String path = BriefingBooks.path(card);
                String html = views.document(card, "book.ftlh", path, new BookPage("A4", "", BookPage.PERIODS));
                assertEquals(laidOut.contains(path), html.contains("class=\"strategy-map\""), path + " of " + laidOut);
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
