package dev.bscportal.core.book;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.site.BookViews;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.testing.StrategyDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The example strategy's book documents (the W3C documents the PDF renderer lays out), without maps. */
final class BookDocuments {

    static final Path EXAMPLE = Path.of("../example-strategy/src/strategy");

    private BookDocuments() {
    }

    /** Book path to its document, for every scorecard of the example in {@code options}' language. */
    static Map<String, org.w3c.dom.Document> ofExample(SiteOptions options) throws Exception {
        CheckResult example = StrategyDir.empty(EXAMPLE).check();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            BookViews views = BookViews.prepare(options, example.strategy().orElseThrow(), example.scores().orElseThrow(),
                    Optional.empty(), false, executor);
            Map<String, org.w3c.dom.Document> out = new LinkedHashMap<>();
            for (Scorecard card : views.scorecards()) {
                String path = BriefingBooks.path(card);
                out.put(path, BookDocument.of(views.document(card, "book.ftlh", path,
                        new BookPage("A4", "", BookPage.PERIODS)), null));
            }
            return out;
        } finally {
            executor.shutdownNow();
        }
    }
}
